using Microsoft.EntityFrameworkCore;
using Usta.Contents;
using UstaOrchard.Core.Data;

namespace Usta.Articles.Reader;

/// <summary>A category and its parents, from the top: the middle of a breadcrumb.</summary>
public sealed class CategoryTrail(UstaDbContext db)
{
    // Deeper than any real menu; also ends a loop of parents a bad recipe could make.
    private const int MaxDepth = 8;

    public async Task<IReadOnlyList<CategoryLink>> FromRootAsync(string? categoryId, CancellationToken ct)
    {
        var trail = new List<CategoryLink>();
        var seen = new HashSet<string>();
        for (var id = categoryId; id is not null && trail.Count < MaxDepth && seen.Add(id);)
        {
            var row = await db.Set<CategoryIndex>().AsNoTracking().Where(c => c.ContentItemId == id && c.Published)
                .Select(c => new { c.Title, c.Path, c.ParentContentItemId }).FirstOrDefaultAsync(ct);
            if (row is null) break;
            trail.Insert(0, new CategoryLink(row.Title, "/" + row.Path));
            id = row.ParentContentItemId;
        }
        return trail;
    }
}
