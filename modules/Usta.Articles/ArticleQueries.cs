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
    private IQueryable<ArticleIndex> Published => db.Set<ArticleIndex>().AsNoTracking().Where(x => x.Published);

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
        var ids = await Published.Where(x => x.Featured).OrderByDescending(x => x.PublishedUtc)
            .Take(count).Select(x => x.ContentItemId).ToListAsync(ct);
        return await SummariesAsync(ids, ct);
    }

    public async Task<ArticleList> InCategoriesAsync(IReadOnlyCollection<string> categoryIds, int page, int pageSize, CancellationToken ct)
    {
        var rows = db.Set<ArticleCategoryIndex>().AsNoTracking().Where(x => x.Published && categoryIds.Contains(x.CategoryId));
        var byArticle = rows.GroupBy(x => x.ContentItemId).Select(g => new { Id = g.Key, PublishedUtc = g.Max(x => x.PublishedUtc) });
        var total = await byArticle.CountAsync(ct);
        if (IsBeyondLastPage(page, pageSize, total)) return new ArticleList([], page, pageSize, total);
        var ids = await byArticle.OrderByDescending(x => x.PublishedUtc).ThenBy(x => x.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).Select(x => x.Id).ToListAsync(ct);
        return new ArticleList(await SummariesAsync(ids, ct), page, pageSize, total);
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
        var all = await db.Set<CategoryIndex>().AsNoTracking().Where(x => x.Published)
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
