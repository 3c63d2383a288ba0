using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Usta.Articles.Calendar;
using UstaOrchard.Core.Caching;

namespace Usta.Articles.Areas.Usta.Articles.Pages.Archive;

/// <summary>A month of the archive: its days with articles, and the sidebar calendar turned to it.</summary>
[PublicCache]
public sealed class MonthModel(ArticleDays articleDays, IStringLocalizer<ArticlesStartup> S) : PageModel
{
    public MonthKey Month { get; private set; }
    public string? Error { get; private set; }
    public IReadOnlyList<KeyValuePair<DateOnly, int>> Days { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? month, CancellationToken ct)
    {
        var (today, _) = await articleDays.TodayAsync(ct);
        if (month is null) return LocalRedirect(MonthKey.Of(today).Url);
        if (!MonthKey.TryParse(month, out var key))
        {
            Month = MonthKey.Of(today);
            Error = S["'{0}' is not a month. Write the year and month, for example 2021-12.", month.Length > 40 ? month[..40] + "…" : month];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            ViewData[DateArchiveViewComponent.MonthKeyName] = Month;
            return Page();
        }

        if (!key.IsInArchive) return NotFound();
        Month = key;
        ViewData[DateArchiveViewComponent.MonthKeyName] = key;
        // The month page shows each day's count, which any article change may alter (the sidebar
        // calendar shows only which days have articles, so its pages follow ArticleDays alone).
        HttpContext.TagOutput(CacheTags.ArticleDays, CacheTags.Type(ArticlesStartup.ContentType));
        Days = [.. (await articleDays.InMonthAsync(key, ct)).OrderBy(d => d.Key)];
        return Page();
    }
}
