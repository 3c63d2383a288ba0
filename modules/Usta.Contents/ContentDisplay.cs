using UstaOrchard.Core.Contents;

namespace Usta.Contents;

/// <summary>
/// What the public page of an item shows: a partial view with its typed model, and the page's meta data.
/// <paramref name="Paged"/>: the item lists pages (<c>?trang=2</c>), each with its own canonical URL.
/// <paramref name="PublishedUtc"/>: an article's date (Open Graph's article:published_time).
/// <paramref name="FeedUrl"/>: the RSS feed of what the page lists (a category's), linked from the page's head.
/// <paramref name="KeptUnder"/>: the cache tags of everything the display shows besides its own item; set only
/// by a provider whose display depends on nothing else (nothing per reader or request), and then the item
/// page keeps the display in memory until one of them, or the item, changes. Null: built on every request.
/// </summary>
public sealed record ContentDisplay(string ViewPath, object Model, string Title, string? Description = null, string? ImagePath = null,
    string? OgType = "article", bool Paged = false, string? ImageAlt = null, DateTime? PublishedUtc = null, string? FeedUrl = null,
    IReadOnlyList<string>? KeptUnder = null);

public sealed record ContentDisplayContext(ContentItem ContentItem, int Page, CancellationToken CancellationToken);

/// <summary>
/// How a module shows its content type at the item's URL. The item page finds the item by its
/// path and asks the provider registered for its type; a type without one has no public page.
/// </summary>
public interface IContentDisplayProvider
{
    string ContentType { get; }

    /// <summary>Null when the item cannot be shown (then the reader gets 404).</summary>
    Task<ContentDisplay?> BuildAsync(ContentDisplayContext context);
}
