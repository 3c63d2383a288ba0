using Microsoft.EntityFrameworkCore;
using UstaOrchard.Core.Caching;
using UstaOrchard.Core.Data;
using UstaOrchard.Core.Settings;

namespace Usta.Articles.Calendar;

/// <summary>The days of a month (site time zone) that have published articles, with how many each.</summary>
public sealed class ArticleDays(UstaDbContext db, SiteClock clock, TaggedMemoryCache cache)
{
    // Compared with a parameter, not written bare: SQLite uses no index for "WHERE Published".
    private readonly bool _yes = true;

    public Task<IReadOnlyDictionary<DateOnly, int>> InMonthAsync(MonthKey month, CancellationToken ct)
        => cache.GetOrCreateAsync("article-days:" + month, [CacheTags.ArticleDays, CacheTags.Type(ArticlesStartup.ContentType)], c => ReadAsync(month, c), ct);

    // One range read of the (Published, PublishedUtc) index: only the dates of the month's articles,
    // grouped by local day here, since a day's bounds in the site's zone (with any daylight saving)
    // are not something SQLite and PostgreSQL can be asked the same way.
    private async Task<IReadOnlyDictionary<DateOnly, int>> ReadAsync(MonthKey month, CancellationToken ct)
    {
        var first = month.FirstDay;
        var from = await clock.ToUtcAsync(first.ToDateTime(TimeOnly.MinValue), ct);
        var to = await clock.ToUtcAsync(first.AddMonths(1).ToDateTime(TimeOnly.MinValue), ct);
        var dates = await db.Set<ArticleIndex>().AsNoTracking()
            .Where(x => x.Published == _yes && x.PublishedUtc >= from && x.PublishedUtc < to)
            .Select(x => x.PublishedUtc).ToListAsync(ct);
        var zone = await clock.GetTimeZoneAsync(ct);
        return dates
            .Select(d => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(d, DateTimeKind.Utc), zone)))
            .GroupBy(d => d)
            .ToDictionary(g => g.Key, g => g.Count());
    }

    /// <summary>Today in the site's time zone, and how long until its midnight.</summary>
    public async Task<(DateOnly Today, TimeSpan UntilTomorrow)> TodayAsync(CancellationToken ct)
    {
        var now = clock.UtcNow;
        var today = DateOnly.FromDateTime(await clock.ToLocalAsync(now, ct));
        var midnight = await clock.ToUtcAsync(today.AddDays(1).ToDateTime(TimeOnly.MinValue), ct);
        return (today, midnight - now);
    }
}
