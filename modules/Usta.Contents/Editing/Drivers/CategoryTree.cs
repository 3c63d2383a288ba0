using Microsoft.EntityFrameworkCore;
using UstaOrchard.Core.Data;

namespace Usta.Contents.Editing.Drivers;

/// <summary>A category in the tree: its latest title, its parent, and how deep it sits.</summary>
public sealed record CategoryNode(string ContentItemId, string Title, string? ParentId, int Depth, string Path);

/// <summary>The site's categories from CategoryIndex (latest versions), parents before children, in menu order.</summary>
public sealed class CategoryTree(UstaDbContext db)
{
    public async Task<IReadOnlyList<CategoryNode>> LoadAsync(CancellationToken ct)
    {
        var rows = await db.Set<CategoryIndex>().AsNoTracking().Where(c => c.Latest)
            .Select(c => new { c.ContentItemId, c.Title, c.ParentContentItemId, c.Order, c.Path })
            .ToListAsync(ct);
        var ids = rows.Select(r => r.ContentItemId).ToHashSet();
        // A parent that no longer exists puts its children at the top level.
        var children = rows.ToLookup(r => r.ParentContentItemId is { } p && ids.Contains(p) ? p : null);
        var ordered = new List<CategoryNode>();
        var visited = new HashSet<string>();
        void Walk(string? parent, int depth)
        {
            foreach (var row in children[parent].OrderBy(r => r.Order).ThenBy(r => r.Title, StringComparer.CurrentCulture))
            {
                if (!visited.Add(row.ContentItemId)) continue;
                ordered.Add(new CategoryNode(row.ContentItemId, row.Title, parent, depth, row.Path));
                Walk(row.ContentItemId, depth + 1);
            }
        }
        Walk(null, 0);
        return ordered;
    }

    /// <summary>The category and every category under it: what cannot become its parent.</summary>
    public static HashSet<string> SelfAndDescendants(IReadOnlyList<CategoryNode> tree, string id)
    {
        var found = new HashSet<string> { id };
        foreach (var node in tree)
        {
            if (node.ParentId is { } parent && found.Contains(parent)) found.Add(node.ContentItemId);
        }
        return found;
    }
}
