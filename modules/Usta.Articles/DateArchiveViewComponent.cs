using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Usta.Articles.Calendar;

namespace Usta.Articles;

/// <summary>
/// The sidebar's "Các tin đã đăng ngày" month calendar, rendered on the server: a day with articles
/// links to its day page, and the month links lead to the month page (/lich/2026-10), which shows
/// that month here, so it works without JavaScript and without a query string that would split the
/// output cache. A page shows the month it names in ViewData[<see cref="MonthKeyName"/>], else today's.
/// </summary>
public sealed class DateArchiveViewComponent(ArticleDays articleDays, IOptions<OutputCacheOptions> cacheOptions) : ViewComponent
{
    public const string MonthKeyName = "CalendarMonth";

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var ct = HttpContext.RequestAborted;
        var (today, untilTomorrow) = await articleDays.TodayAsync(ct);
        var month = ViewData[MonthKeyName] is MonthKey shown ? shown : MonthKey.Of(today);
        var days = await articleDays.InMonthAsync(month, ct);
        KeepCachedAtMostUntil(untilTomorrow);
        return View(CalendarView.Build(month, days, today));
    }

    // "Today" is marked in the page: a copy kept in the output cache past midnight would mark yesterday.
    private void KeepCachedAtMostUntil(TimeSpan untilTomorrow)
    {
        if (HttpContext.Features.Get<IOutputCacheFeature>() is not { } feature) return;
        var current = feature.Context.ResponseExpirationTimeSpan ?? cacheOptions.Value.DefaultExpirationTimeSpan;
        var cap = untilTomorrow > TimeSpan.FromSeconds(1) ? untilTomorrow : TimeSpan.FromSeconds(1);
        feature.Context.ResponseExpirationTimeSpan = current < cap ? current : cap;
    }
}
