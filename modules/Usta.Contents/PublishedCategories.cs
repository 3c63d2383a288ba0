using Microsoft.EntityFrameworkCore;
using UstaOrchard.Core.Caching;
using UstaOrchard.Core.Data;

namespace Usta.Contents;

public sealed record PublishedCategory(string ContentItemId, string Title, string Url, int Order, string? ParentId, bool ShowInMenu);

/// <summary>
/// The published categories in menu order (order, then title), read once and kept in the block cache
/// until a category changes: the menu on every page, an article's category links and a category
/// page's sub-categories all read them, and a site has a few dozen.
/// </summary>
public sealed class PublishedCategories(UstaDbContext db, TaggedMemoryCache cache)
{
    private readonly bool _yes = true;

    public Task<IReadOnlyList<PublishedCategory>> GetAsync(CancellationToken ct)
        => cache.GetOrCreateAsync("contents:published-categories", [CacheTags.Type(ContentTypes.Category)], ReadAsync, ct);

    private async Task<IReadOnlyList<PublishedCategory>> ReadAsync(CancellationToken ct)
        => await db.Set<CategoryIndex>().AsNoTracking().Where(x => x.Published == _yes)
            .OrderBy(x => x.Order).ThenBy(x => x.Title)
            .Select(x => new PublishedCategory(x.ContentItemId, x.Title, "/" + x.Path, x.Order, x.ParentContentItemId, x.ShowInMenu))
            .ToListAsync(ct);
}
