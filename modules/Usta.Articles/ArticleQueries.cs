using Microsoft.EntityFrameworkCore;
using Usta.Contents;
using UstaOrchard.Core.Caching;
using UstaOrchard.Core.Data;
using UstaOrchard.Core.Settings;

namespace Usta.Articles;

public sealed record ArticleSummary(string ContentItemId, string Title, string Url, DateTime ListedLocal, string? Lead, string? ImagePath, string? ImageAlt);

public sealed record ArticleList(IReadOnlyList<ArticleSummary> Items, int Page, int PageSize, int Total)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public bool HasPrevious => Page > 1;
    public bool HasNext => Page < PageCount;
}

/// <summary>
/// Lists of published articles. The rows come from <see cref="ArticleIndex"/> (title, path, date, lead,
/// picture): no list loads a document. Every list is ordered by (listed date, item id), newest first.
/// </summary>
public sealed class ArticleQueries(UstaDbContext db, SiteClock clock, TaggedMemoryCache cache, PublishedCategories categories)
{
    // Compared with a parameter, not written bare: SQLite uses no index for "WHERE Published" (what EF
    // writes for x.Published) and scans and sorts the whole table; "Published = @p" searches the index.
    private readonly bool _yes = true;

    private IQueryable<ArticleIndex> Published => db.Set<ArticleIndex>().AsNoTracking().Where(x => x.Published == _yes);

    public async Task<ArticleList> LatestAsync(int page, int pageSize, CancellationToken ct)
    {
        // Counting 100,000 index rows costs milliseconds on every request: the count is kept until an article changes.
        var total = await cache.GetOrCreateAsync("articles:count", [CacheTags.Type(ArticlesStartup.ContentType)],
            token => Published.CountAsync(token), ct);
        if (IsBeyondLastPage(page, pageSize, total)) return new ArticleList([], page, pageSize, total);
        // The page's row ids are found in the (Published, PublishedUtc, ContentItemId) index alone; only
        // the rows shown are read, so a deep page walks index entries, not rows.
        var pageIds = Newest(Published).Skip((page - 1) * pageSize).Take(pageSize).Select(x => x.Id);
        var rows = Newest(db.Set<ArticleIndex>().AsNoTracking().Where(x => pageIds.Contains(x.Id)));
        return new ArticleList(await SummariesAsync(rows, ct), page, pageSize, total);
    }

    // A page past the end is never queried: its offset could overflow, and PostgreSQL refuses a negative one.
    private static bool IsBeyondLastPage(int page, int pageSize, int total)
        => page < 1 || pageSize < 1 || page > new ArticleList([], page, pageSize, total).PageCount;

    public async Task<IReadOnlyList<ArticleSummary>> FeaturedAsync(int count, CancellationToken ct)
        => await SummariesAsync(Newest(Published.Where(x => x.Featured == _yes)).Take(count), ct);

    /// <summary>Articles of one category, or of a category and its children, newest first, paged.</summary>
    public async Task<ArticleList> InCategoriesAsync(IReadOnlyCollection<string> categoryIds, int page, int pageSize, CancellationToken ct)
    {
        var total = await cache.GetOrCreateAsync("articles:count:" + string.Join(',', categoryIds), categoryIds.Select(CacheTags.Category).ToList(),
            token => categoryIds.Count == 1
                ? CategoryRows(categoryIds.First()).CountAsync(token)
                : CategoriesRows(categoryIds).Select(c => c.ContentItemId).Distinct().CountAsync(token), ct);
        if (IsBeyondLastPage(page, pageSize, total)) return new ArticleList([], page, pageSize, total);
        IQueryable<ArticleIndex> rows;
        if (categoryIds.Count == 1)
        {
            // One category is a range of its (CategoryId, Published, PublishedUtc, ContentItemId) index, in
            // order: no grouping, no sort, and a deep page walks index entries only.
            var pageIds = CategoryRows(categoryIds.First()).OrderByDescending(x => x.PublishedUtc).ThenByDescending(x => x.ContentItemId)
                .Skip((page - 1) * pageSize).Take(pageSize).Select(x => x.ContentItemId);
            rows = Newest(PublishedByItemId(pageIds));
        }
        else
        {
            rows = Newest(InAny(Published, categoryIds)).Skip((page - 1) * pageSize).Take(pageSize);
        }
        return new ArticleList(await SummariesAsync(rows, ct), page, pageSize, total);
    }

    // The published rows of a few items, found by the item id index. "Published" is written bare here on
    // purpose: compared with a parameter, SQLite walks the list index over every published article and
    // tests each against the few ids (measured: 40 ms a category page at 100,000 articles instead of < 1).
    private IQueryable<ArticleIndex> PublishedByItemId(IQueryable<string> ids)
        => db.Set<ArticleIndex>().AsNoTracking().Where(x => x.Published && ids.Contains(x.ContentItemId));

    private IQueryable<ArticleCategoryIndex> CategoryRows(string categoryId)
        => db.Set<ArticleCategoryIndex>().AsNoTracking().Where(x => x.CategoryId == categoryId && x.Published == _yes);

    private IQueryable<ArticleCategoryIndex> CategoriesRows(IReadOnlyCollection<string> categoryIds)
        => db.Set<ArticleCategoryIndex>().AsNoTracking().Where(x => x.Published == _yes && categoryIds.Contains(x.CategoryId));

    // Several categories (one with its children) walk the articles newest first and keep those in any of
    // them, so an article in two of them is listed once without grouping the whole set.
    private IQueryable<ArticleIndex> InAny(IQueryable<ArticleIndex> articles, IReadOnlyCollection<string> categoryIds)
    {
        var rows = CategoriesRows(categoryIds);
        return articles.Where(a => rows.Any(c => c.ContentItemId == a.ContentItemId));
    }

    private static IOrderedQueryable<ArticleIndex> Newest(IQueryable<ArticleIndex> rows)
        => rows.OrderByDescending(x => x.PublishedUtc).ThenByDescending(x => x.ContentItemId);

    /// <summary>
    /// "Các tin khác" under an article: the articles of its categories listed just before it (older), or
    /// just after it when it is among the oldest; each is a short walk of the list index from the
    /// article's own place, whatever the site's size. Without categories, the site's articles around it.
    /// </summary>
    public async Task<IReadOnlyList<ArticleSummary>> AroundAsync(string contentItemId, DateTime listedUtc,
        IReadOnlyCollection<string> categoryIds, int count, CancellationToken ct)
    {
        var (id, t) = (contentItemId, listedUtc);
        // "PublishedUtc <= t" bounds the index range (an OR of the two conditions would not); a tie on the
        // same date is settled by the item id, as the lists order.
        IQueryable<ArticleIndex> older, newer;
        if (categoryIds.Count == 1)
        {
            var rows = CategoryRows(categoryIds.First());
            var olderIds = rows.Where(x => x.PublishedUtc <= t && (x.PublishedUtc < t || string.Compare(x.ContentItemId, id) < 0))
                .OrderByDescending(x => x.PublishedUtc).ThenByDescending(x => x.ContentItemId).Take(count).Select(x => x.ContentItemId);
            var newerIds = rows.Where(x => x.PublishedUtc >= t && (x.PublishedUtc > t || string.Compare(x.ContentItemId, id) > 0))
                .OrderBy(x => x.PublishedUtc).ThenBy(x => x.ContentItemId).Take(count).Select(x => x.ContentItemId);
            older = PublishedByItemId(olderIds);
            newer = PublishedByItemId(newerIds);
        }
        else
        {
            var scope = categoryIds.Count == 0 ? Published : InAny(Published, categoryIds);
            older = scope.Where(x => x.PublishedUtc <= t && (x.PublishedUtc < t || string.Compare(x.ContentItemId, id) < 0));
            newer = scope.Where(x => x.PublishedUtc >= t && (x.PublishedUtc > t || string.Compare(x.ContentItemId, id) > 0));
        }
        var before = await SummariesAsync(Newest(older).Take(count), ct);
        if (before.Count >= count) return before;
        var after = await SummariesAsync(newer.OrderBy(x => x.PublishedUtc).ThenBy(x => x.ContentItemId).Take(count - before.Count), ct);
        return [.. after.Reverse(), .. before];
    }

    /// <summary>Articles listed on one day of the site's calendar (local time).</summary>
    public async Task<IReadOnlyList<ArticleSummary>> OnDateAsync(DateOnly localDate, CancellationToken ct)
    {
        var from = await clock.ToUtcAsync(localDate.ToDateTime(TimeOnly.MinValue), ct);
        var to = await clock.ToUtcAsync(localDate.AddDays(1).ToDateTime(TimeOnly.MinValue), ct);
        return await SummariesAsync(Newest(Published.Where(x => x.PublishedUtc >= from && x.PublishedUtc < to)).Take(200), ct);
    }

    /// <summary>The category and its descendants, for "articles in this category".</summary>
    public async Task<IReadOnlyList<string>> CategoryWithChildrenAsync(string categoryId, CancellationToken ct)
    {
        var all = await categories.GetAsync(ct);
        var result = new List<string> { categoryId };
        for (var i = 0; i < result.Count; i++)
            result.AddRange(all.Where(c => c.ParentId == result[i] && !result.Contains(c.ContentItemId)).Select(c => c.ContentItemId));
        return result;
    }

    private async Task<IReadOnlyList<ArticleSummary>> SummariesAsync(IQueryable<ArticleIndex> rows, CancellationToken ct)
    {
        var found = await rows.Select(x => new { x.ContentItemId, x.Title, x.Path, x.PublishedUtc, x.Lead, x.ImagePath, x.ImageAlt })
            .ToListAsync(ct);
        if (found.Count == 0) return [];
        var zone = await clock.GetTimeZoneAsync(ct);
        return found.Select(x => new ArticleSummary(x.ContentItemId, x.Title, "/" + x.Path,
            TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(x.PublishedUtc, DateTimeKind.Utc), zone), x.Lead, x.ImagePath, x.ImageAlt)).ToList();
    }
}
