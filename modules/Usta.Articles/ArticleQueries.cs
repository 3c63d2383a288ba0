using Microsoft.EntityFrameworkCore;
using Usta.Contents;
using UstaOrchard.Core.Contents;
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

/// <summary>Lists of published articles, read from the index tables; only the items shown are loaded.</summary>
public sealed class ArticleQueries(UstaDbContext db, ContentManager contents, SiteClock clock)
{
    // Compared with a parameter, not written bare: SQLite uses no index for "WHERE Published" (what EF
    // writes for x.Published) and scans and sorts the whole table; "Published = @p" searches the index.
    private readonly bool _yes = true;

    private IQueryable<ArticleIndex> Published => db.Set<ArticleIndex>().AsNoTracking().Where(x => x.Published == _yes);

    public async Task<ArticleList> LatestAsync(int page, int pageSize, CancellationToken ct)
    {
        var total = await Published.CountAsync(ct);
        if (IsBeyondLastPage(page, pageSize, total)) return new ArticleList([], page, pageSize, total);
        var ids = await Published.OrderByDescending(x => x.PublishedUtc).ThenByDescending(x => x.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).Select(x => x.ContentItemId).ToListAsync(ct);
        return new ArticleList(await SummariesAsync(ids, ct), page, pageSize, total);
    }

    // A page past the end is never queried: its offset could overflow, and PostgreSQL refuses a negative one.
    private static bool IsBeyondLastPage(int page, int pageSize, int total)
        => page < 1 || pageSize < 1 || page > new ArticleList([], page, pageSize, total).PageCount;

    public async Task<IReadOnlyList<ArticleSummary>> FeaturedAsync(int count, CancellationToken ct)
    {
        var ids = await Published.Where(x => x.Featured == _yes).OrderByDescending(x => x.PublishedUtc)
            .Take(count).Select(x => x.ContentItemId).ToListAsync(ct);
        return await SummariesAsync(ids, ct);
    }

    public async Task<ArticleList> InCategoriesAsync(IReadOnlyCollection<string> categoryIds, int page, int pageSize, CancellationToken ct)
    {
        var total = categoryIds.Count == 1
            ? await CategoryRows(categoryIds.First()).CountAsync(ct)
            : await CategoriesRows(categoryIds).Select(c => c.ContentItemId).Distinct().CountAsync(ct);
        if (IsBeyondLastPage(page, pageSize, total)) return new ArticleList([], page, pageSize, total);
        var ids = await InCategories(categoryIds).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return new ArticleList(await SummariesAsync(ids, ct), page, pageSize, total);
    }

    /// <summary>The newest articles of the categories, without counting them all (an article's "related" list).</summary>
    public async Task<IReadOnlyList<ArticleSummary>> RecentInCategoriesAsync(IReadOnlyCollection<string> categoryIds, int count, CancellationToken ct)
        => await SummariesAsync(await InCategories(categoryIds).Take(count).ToListAsync(ct), ct);

    private IQueryable<ArticleCategoryIndex> CategoryRows(string categoryId)
        => db.Set<ArticleCategoryIndex>().AsNoTracking().Where(x => x.CategoryId == categoryId && x.Published == _yes);

    private IQueryable<ArticleCategoryIndex> CategoriesRows(IReadOnlyCollection<string> categoryIds)
        => db.Set<ArticleCategoryIndex>().AsNoTracking().Where(x => x.Published == _yes && categoryIds.Contains(x.CategoryId));

    // An article has one row per category of its published version, carrying its listed date: one
    // category is a range of its index, in order, with no grouping or sorting. Several categories (one
    // with its children) walk the articles newest first and keep those in any of them, so an article
    // in two of them is listed once without grouping the whole set.
    private IQueryable<string> InCategories(IReadOnlyCollection<string> categoryIds)
    {
        if (categoryIds.Count == 1)
        {
            return CategoryRows(categoryIds.First()).OrderByDescending(x => x.PublishedUtc).ThenByDescending(x => x.Id)
                .Select(x => x.ContentItemId);
        }
        var rows = CategoriesRows(categoryIds);
        return Published.Where(a => rows.Any(c => c.ContentItemId == a.ContentItemId))
            .OrderByDescending(x => x.PublishedUtc).ThenByDescending(x => x.Id).Select(x => x.ContentItemId);
    }

    /// <summary>Articles listed on one day of the site's calendar (local time).</summary>
    public async Task<IReadOnlyList<ArticleSummary>> OnDateAsync(DateOnly localDate, CancellationToken ct)
    {
        var from = await clock.ToUtcAsync(localDate.ToDateTime(TimeOnly.MinValue), ct);
        var to = await clock.ToUtcAsync(localDate.AddDays(1).ToDateTime(TimeOnly.MinValue), ct);
        var ids = await Published.Where(x => x.PublishedUtc >= from && x.PublishedUtc < to)
            .OrderByDescending(x => x.PublishedUtc).Take(200).Select(x => x.ContentItemId).ToListAsync(ct);
        return await SummariesAsync(ids, ct);
    }

    /// <summary>The category and its descendants, for "articles in this category".</summary>
    public async Task<IReadOnlyList<string>> CategoryWithChildrenAsync(string categoryId, CancellationToken ct)
    {
        var all = await db.Set<CategoryIndex>().AsNoTracking().Where(x => x.Published == _yes)
            .Select(x => new { x.ContentItemId, x.ParentContentItemId }).ToListAsync(ct);
        var result = new List<string> { categoryId };
        for (var i = 0; i < result.Count; i++)
            result.AddRange(all.Where(c => c.ParentContentItemId == result[i] && !result.Contains(c.ContentItemId)).Select(c => c.ContentItemId));
        return result;
    }

    public async Task<IReadOnlyList<ArticleSummary>> SummariesAsync(IReadOnlyCollection<string> ids, CancellationToken ct)
    {
        var items = await contents.GetManyAsync(ids, VersionOptions.Published, ct);
        var result = new List<ArticleSummary>(items.Count);
        foreach (var item in items)
        {
            var article = item.As<ArticlePart>() ?? new ArticlePart();
            result.Add(new ArticleSummary(item.ContentItemId, item.DisplayText, ContentRoutes.UrlOf(item),
                await clock.ToLocalAsync(ArticleDates.ListedUtc(item), ct), article.Lead.Text,
                article.Image.FirstPath, article.Image.FirstText));
        }
        return result;
    }
}
