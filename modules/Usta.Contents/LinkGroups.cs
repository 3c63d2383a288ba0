using Microsoft.EntityFrameworkCore;
using UstaOrchard.Core.Caching;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;
using UstaOrchard.Core.Text;

namespace Usta.Contents;

/// <summary>The LinkGroup items: a link's Group names one by its title. A site has a handful, so they are read whole.</summary>
public static class LinkGroups
{
    /// <summary>Each published group's title (NFC, trimmed) and order; the first one wins when two share a title.</summary>
    public static async Task<Dictionary<string, int>> PublishedOrderAsync(UstaDbContext db, CancellationToken ct)
    {
        var items = await db.ContentItems.AsNoTracking().Where(x => x.ContentType == ContentTypes.LinkGroup && x.Published)
            .OrderBy(x => x.Id).ToListAsync(ct);
        var orders = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in items)
            orders.TryAdd(VietnameseText.Nfc(item.DisplayText).Trim(), item.As<LinkGroupPart>()?.Order ?? 0);
        return orders;
    }

    /// <summary>The groups' titles for the link editor's suggestions, latest versions, in their order.</summary>
    public static async Task<IReadOnlyList<string>> TitlesAsync(UstaDbContext db, CancellationToken ct)
    {
        var items = await db.ContentItems.AsNoTracking().Where(x => x.ContentType == ContentTypes.LinkGroup && x.Latest).ToListAsync(ct);
        return items.OrderBy(x => x.As<LinkGroupPart>()?.Order ?? 0).ThenBy(x => x.DisplayText)
            .Select(x => x.DisplayText.Trim()).Where(t => t.Length > 0).Distinct().ToList();
    }
}

/// <summary>The links block shows the groups: a group's change evicts it (and the pages) as a link's does.</summary>
public sealed class LinkGroupCacheTags : ICacheTagSource
{
    public Task AddTagsAsync(ContentContext context, ISet<string> tags)
    {
        if (context.ContentItem.ContentType == ContentTypes.LinkGroup) tags.Add(CacheTags.Type(ContentTypes.Link));
        return Task.CompletedTask;
    }
}
