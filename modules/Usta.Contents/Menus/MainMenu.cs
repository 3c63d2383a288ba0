using Microsoft.EntityFrameworkCore;
using UstaOrchard.Core.Caching;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;

namespace Usta.Contents.Menus;

public sealed record MenuLink(string Title, string Url, IReadOnlyList<MenuLink> Children);

/// <summary>The main menu as readers see it, and every item id it names (shown or not: publishing one must evict it).</summary>
public sealed record MainMenuView(IReadOnlyList<MenuLink> Items, IReadOnlySet<string> ReferencedIds);

/// <summary>
/// The published main menu (alias <c>main-menu</c>), its content entries resolved to the published
/// items' titles and paths; an entry whose item is unpublished, deleted or has no path drops out with
/// its children. Kept in the block cache until a menu, a category, or an item it names changes
/// (<see cref="MenuCacheTags"/>).
/// </summary>
public sealed class MainMenu(UstaDbContext db, TaggedMemoryCache cache)
{
    private readonly bool _yes = true;

    public Task<MainMenuView> GetAsync(CancellationToken ct)
        => cache.GetOrCreateAsync("contents:main-menu", [CacheTags.Type(MenuTypes.Menu), CacheTags.Type(ContentTypes.Category)], ReadAsync, ct);

    /// <summary>The menu item with the main menu's alias: the first one made when a recipe brought two.</summary>
    public static async Task<ContentItem?> FindAsync(UstaDbContext db, bool latest, CancellationToken ct)
    {
        var query = db.ContentItems.AsNoTracking().Where(x => x.ContentType == MenuTypes.Menu);
        query = latest ? query.Where(x => x.Latest) : query.Where(x => x.Published);
        var menus = await query.OrderBy(x => x.CreatedUtc).ThenBy(x => x.Id).ToListAsync(ct);
        return menus.FirstOrDefault(m => string.Equals(m.As<AliasPart>()?.Alias, MenuTypes.MainMenuAlias, StringComparison.OrdinalIgnoreCase));
    }

    private async Task<MainMenuView> ReadAsync(CancellationToken ct)
    {
        var menu = await FindAsync(db, latest: false, ct);
        var entries = menu?.As<MenuItemsListPart>()?.MenuItems ?? [];
        var ids = new HashSet<string>(StringComparer.Ordinal);
        Collect(entries, ids, 1);
        var targets = await TargetsAsync(ids, ct);
        return new MainMenuView(Resolve(entries, targets, 1), ids);
    }

    private static void Collect(IEnumerable<MenuItemEntry> entries, HashSet<string> ids, int depth)
    {
        if (depth > MenuTypes.MaxDepth) return;
        foreach (var entry in entries)
        {
            if (entry.SelectedId is { } id) ids.Add(id);
            Collect(entry.Children, ids, depth + 1);
        }
    }

    private async Task<Dictionary<string, (string Title, string Url)>> TargetsAsync(HashSet<string> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return [];
        var list = ids.ToList();
        var titles = await db.ContentItems.AsNoTracking().Where(x => x.Published == _yes && list.Contains(x.ContentItemId))
            .Select(x => new { x.ContentItemId, x.DisplayText }).ToListAsync(ct);
        var paths = await db.Set<AutorouteIndex>().AsNoTracking().Where(x => x.Published == _yes && list.Contains(x.ContentItemId))
            .Select(x => new { x.ContentItemId, x.Path }).ToListAsync(ct);
        var pathOf = paths.GroupBy(p => p.ContentItemId).ToDictionary(g => g.Key, g => g.First().Path);
        return titles.Where(t => pathOf.ContainsKey(t.ContentItemId))
            .ToDictionary(t => t.ContentItemId, t => (t.DisplayText, "/" + pathOf[t.ContentItemId]));
    }

    private static List<MenuLink> Resolve(IEnumerable<MenuItemEntry> entries, Dictionary<string, (string Title, string Url)> targets, int depth)
    {
        var links = new List<MenuLink>();
        if (depth > MenuTypes.MaxDepth) return links;
        foreach (var entry in entries)
        {
            var children = Resolve(entry.Children, targets, depth + 1);
            if (entry.ContentType == MenuTypes.LinkMenuItem)
            {
                var url = entry.LinkMenuItemPart?.Url?.Trim();
                var title = FirstText(entry.LinkMenuItemPart?.Name, entry.DisplayText);
                // Only an address the editor could have typed becomes an href: a recipe's javascript: does not.
                if (title is not null && MenuUrl.IsAllowed(url)) links.Add(new MenuLink(title, url!, children));
            }
            else if (entry.SelectedId is { } id && targets.TryGetValue(id, out var target))
            {
                links.Add(new MenuLink(FirstText(entry.ContentMenuItemPart?.Name) ?? target.Title, target.Url, children));
            }
        }
        return links;
    }

    private static string? FirstText(params string?[] texts) => texts.FirstOrDefault(t => !string.IsNullOrWhiteSpace(t))?.Trim();
}
