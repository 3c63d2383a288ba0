using System.Globalization;
using UstaOrchard.Core.Caching;

namespace Usta.Contents;

public sealed record ItemPage(string ContentItemId, ContentDisplay? Display);

/// <summary>
/// The published item at a path and its display, built once and kept in the block cache when its provider
/// says what the display shows (<see cref="ContentDisplay.KeptUnder"/>): an article page then needs no
/// route lookup, document, list query or body pass per request, cached page or not. Evicted with the
/// item and those tags by the change feed, and kept no longer than the output cache keeps a page (a
/// replaced media file changes no tag).
/// </summary>
public sealed class ItemPages(ContentRoutes routes, ContentDisplayBuilder displays, TaggedMemoryCache cache)
{
    // A kept display weighs more than a block: at most 2,500 of them fill the cache's 10,000 units.
    private const int DisplaySize = 4;

    /// <summary>Null when no item is published at the path; a null display when it cannot be shown.</summary>
    public Task<ItemPage?> FindAsync(string? path, int page, CancellationToken ct)
        // The display holds visible words (the breadcrumb's "Home"): one per language.
        => cache.GetOrCreateAsync($"item-page:{CultureInfo.CurrentUICulture.Name}:{page}:{ContentRoutes.KeyOf(path)}",
            token => BuildAsync(path, page, token), CachingServiceCollectionExtensions.MaxAge, DisplaySize, ct);

    private async Task<(ItemPage? Value, IReadOnlyCollection<string>? Tags)> BuildAsync(string? path, int page, CancellationToken ct)
    {
        var item = await routes.FindPublishedAsync(path, ct);
        if (item is null) return (null, null);
        var display = await displays.BuildAsync(item, page, ct);
        IReadOnlyCollection<string>? tags = display?.KeptUnder is { } kept ? [CacheTags.Item(item.ContentItemId), .. kept] : null;
        return (new ItemPage(item.ContentItemId, display), tags);
    }
}
