using Microsoft.EntityFrameworkCore;
using UstaOrchard.Core.Data;
using UstaOrchard.Core.Definitions;

namespace Usta.Admin;

public sealed record ContentTypeCount(string Name, string DisplayName, int Published, int Drafts);

public sealed class DashboardQueries(UstaDbContext db, ContentDefinitionManager definitions)
{
    /// <summary>For each content type: items published, and items whose latest version is an unpublished draft.</summary>
    public async Task<IReadOnlyList<ContentTypeCount>> CountsAsync(CancellationToken ct)
    {
        var counts = await db.ContentItems.AsNoTracking().Where(x => x.Latest || x.Published)
            .GroupBy(x => x.ContentType)
            .Select(g => new
            {
                Type = g.Key,
                Published = g.Count(x => x.Published),
                Drafts = g.Count(x => x.Latest && !x.Published),
            })
            .ToListAsync(ct);
        var types = await definitions.ListTypesAsync(ct);
        return types.Select(t =>
        {
            var c = counts.FirstOrDefault(x => x.Type == t.Name);
            return new ContentTypeCount(t.Name, t.DisplayName, c?.Published ?? 0, c?.Drafts ?? 0);
        }).ToList();
    }
}
