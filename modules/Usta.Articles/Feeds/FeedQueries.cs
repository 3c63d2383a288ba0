using Microsoft.EntityFrameworkCore;
using Usta.Contents;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;
using UstaOrchard.Core.Settings;

namespace Usta.Articles.Feeds;

public sealed record FeedEntry(string ContentItemId, string Title, string Url, DateTime PublishedUtc, string? Lead,
    string? ImagePath, IReadOnlyList<string> Categories);

/// <summary>
/// The newest published articles of the site or of a category (with its sub-categories, as its page
/// lists them): ids and dates from the index tables, then only the few items shown are loaded.
/// </summary>
public sealed class FeedQueries(UstaDbContext db, ContentManager contents, SiteClock clock, ArticleQueries articles)
{
    public const int Size = 20;

    // Compared with a parameter, not written bare: see ArticleQueries (SQLite scans for "WHERE Published").
    private readonly bool _yes = true;

    public Task<IReadOnlyList<FeedEntry>> LatestAsync(CancellationToken ct)
        => EntriesAsync(Published(), ct);

    /// <summary>The category's entries and the categories they were read from (it and its descendants: the feed's cache tags).</summary>
    public async Task<(IReadOnlyList<FeedEntry> Entries, IReadOnlyList<string> CategoryIds)> InCategoryAsync(string categoryId, CancellationToken ct)
    {
        var ids = await articles.CategoryWithChildrenAsync(categoryId, ct);
        var rows = db.Set<ArticleCategoryIndex>().AsNoTracking().Where(c => c.Published == _yes && ids.Contains(c.CategoryId));
        return (await EntriesAsync(Published().Where(a => rows.Any(c => c.ContentItemId == a.ContentItemId)), ct), ids);
    }

    /// <summary>The published category at this path (<c>chuyen-muc/tin-tuc</c>), or null.</summary>
    public async Task<CategoryIndex?> FindCategoryAsync(string? path, CancellationToken ct)
    {
        var key = (path ?? "").Trim('/').ToLowerInvariant();
        // Only a path Autoroute could have made is looked up (no NUL for PostgreSQL to refuse).
        if (key.Length == 0 || key.Length > AutoroutePartHandler.MaxPathLength || AutoroutePartHandler.Normalise(key) != key) return null;
        return await db.Set<CategoryIndex>().AsNoTracking().FirstOrDefaultAsync(c => c.Path == key && c.Published == _yes, ct);
    }

    // An article dated in the future (a recipe may bring one published) is not news yet.
    private IQueryable<ArticleIndex> Published()
    {
        var now = clock.UtcNow;
        return db.Set<ArticleIndex>().AsNoTracking().Where(x => x.Published == _yes && x.PublishedUtc <= now);
    }

    private async Task<IReadOnlyList<FeedEntry>> EntriesAsync(IQueryable<ArticleIndex> rows, CancellationToken ct)
    {
        var ids = await rows.OrderByDescending(x => x.PublishedUtc).ThenByDescending(x => x.Id).Take(Size)
            .Select(x => x.ContentItemId).ToListAsync(ct);
        var items = await contents.GetManyAsync(ids, VersionOptions.Published, ct);
        var parts = items.ToDictionary(i => i.ContentItemId, i => i.As<ArticlePart>() ?? new ArticlePart());
        var categoryIds = parts.Values.SelectMany(p => p.Categories.TermContentItemIds).Distinct().ToList();
        var categoryTitles = await db.Set<CategoryIndex>().AsNoTracking()
            .Where(c => c.Published == _yes && categoryIds.Contains(c.ContentItemId))
            .ToDictionaryAsync(c => c.ContentItemId, c => c.Title, ct);
        return items.Select(item =>
        {
            var part = parts[item.ContentItemId];
            var categories = part.Categories.TermContentItemIds.Where(categoryTitles.ContainsKey).Select(c => categoryTitles[c]).ToList();
            return new FeedEntry(item.ContentItemId, item.DisplayText, ContentRoutes.UrlOf(item), ArticleDates.ListedUtc(item),
                part.Lead.Text, part.Image.FirstPath, categories);
        }).ToList();
    }
}
