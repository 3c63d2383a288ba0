using Microsoft.EntityFrameworkCore;
using UstaOrchard.Core.Caching;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;
using UstaOrchard.Core.Settings;

namespace Usta.Articles;

/// <summary>
/// The pages an article's change touches besides its own: its categories' pages and the days it was
/// and is listed on, before and after the change; the calendar too when a day gains its first article
/// or loses its last. The index tables still hold the state before the change (this runs first).
/// </summary>
public sealed class ArticleCacheTags(UstaDbContext db, SiteClock clock) : ICacheTagSource
{
    private readonly bool _yes = true;

    public async Task AddTagsAsync(ContentContext context, ISet<string> tags)
    {
        var item = context.ContentItem;
        if (item.ContentType != ArticlesStartup.ContentType) return;
        var (id, ct) = (item.ContentItemId, context.CancellationToken);

        DateTime? before = null;
        List<string> categoriesBefore = [];
        if (!context.IsNewItem)
        {
            before = await db.Set<ArticleIndex>().AsNoTracking().Where(x => x.ContentItemId == id && x.Published == _yes)
                .Select(x => (DateTime?)x.PublishedUtc).FirstOrDefaultAsync(ct);
            categoriesBefore = await db.Set<ArticleCategoryIndex>().AsNoTracking().Where(x => x.ContentItemId == id && x.Published == _yes)
                .Select(x => x.CategoryId).ToListAsync(ct);
        }
        var published = (await context.IndexedVersionsAsync()).FirstOrDefault(v => v.Published);
        DateTime? after = published is null ? null : ArticleDates.ListedUtc(published);
        // A draft of an article no reader sees: no list shows it.
        if (before is null && after is null) return;

        foreach (var category in categoriesBefore.Concat(published?.As<ArticlePart>()?.Categories.TermContentItemIds ?? []))
            if (!string.IsNullOrWhiteSpace(category)) tags.Add(CacheTags.Category(category));

        var dayBefore = before is { } b ? DateOnly.FromDateTime(await clock.ToLocalAsync(b, ct)) : (DateOnly?)null;
        var dayAfter = after is { } a ? DateOnly.FromDateTime(await clock.ToLocalAsync(a, ct)) : (DateOnly?)null;
        if (dayBefore is { } db1) tags.Add(CacheTags.Day(db1));
        if (dayAfter is { } da) tags.Add(CacheTags.Day(da));
        if (dayBefore == dayAfter) return;
        if ((dayBefore is { } left && !await OthersOnAsync(left, id, ct)) || (dayAfter is { } joined && !await OthersOnAsync(joined, id, ct)))
            tags.Add(CacheTags.ArticleDays);
    }

    // Other published articles listed on that day (site time zone): if none, the day comes or goes with this one.
    private async Task<bool> OthersOnAsync(DateOnly day, string id, CancellationToken ct)
    {
        var from = await clock.ToUtcAsync(day.ToDateTime(TimeOnly.MinValue), ct);
        var to = await clock.ToUtcAsync(day.AddDays(1).ToDateTime(TimeOnly.MinValue), ct);
        return await db.Set<ArticleIndex>().AsNoTracking()
            .AnyAsync(x => x.Published == _yes && x.ContentItemId != id && x.PublishedUtc >= from && x.PublishedUtc < to, ct);
    }
}
