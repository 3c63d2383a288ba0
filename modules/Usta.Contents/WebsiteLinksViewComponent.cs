using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using UstaOrchard.Core.Caching;
using UstaOrchard.Core.Data;

namespace Usta.Contents;

public sealed record WebsiteLink(string Title, string Url, string Group);

/// <summary>One group of the block: its name (empty for links without a group) and its links in order.</summary>
public sealed record WebsiteLinkGroup(string Name, IReadOnlyList<WebsiteLink> Links);

/// <summary>
/// "Liên Kết Website": the published Link items by group, the groups in the order of their published
/// LinkGroup items (groups without one after them, by name), the links of a group by their order.
/// </summary>
public sealed class WebsiteLinksViewComponent(UstaDbContext db, TaggedMemoryCache cache) : ViewComponent
{
    private readonly bool _yes = true;

    // On every page: read once and kept until a link or a group changes.
    public async Task<IViewComponentResult> InvokeAsync()
        => View(await cache.GetOrCreateAsync("contents:website-links", [CacheTags.Type(ContentTypes.Link), CacheTags.Type(ContentTypes.LinkGroup)],
            ReadAsync, HttpContext.RequestAborted));

    private async Task<IReadOnlyList<WebsiteLinkGroup>> ReadAsync(CancellationToken ct)
    {
        var links = await db.Set<LinkIndex>().AsNoTracking().Where(x => x.Published == _yes)
            .OrderBy(x => x.Order).ThenBy(x => x.Title)
            .Select(x => new WebsiteLink(x.Title, x.Url, x.Group))
            .ToListAsync(ct);
        var groups = await LinkGroups.PublishedOrderAsync(db, ct);
        return links.GroupBy(l => l.Group)
            .OrderBy(g => groups.TryGetValue(g.Key, out var order) ? 0 : 1)
            .ThenBy(g => groups.GetValueOrDefault(g.Key))
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new WebsiteLinkGroup(g.Key, g.ToList()))
            .ToList();
    }
}
