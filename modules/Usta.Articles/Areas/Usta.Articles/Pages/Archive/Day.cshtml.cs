using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using UstaOrchard.Core.Caching;

namespace Usta.Articles.Areas.Usta.Articles.Pages.Archive;

/// <summary>"Các tin đã đăng ngày": the articles of one day, from the date form in the sidebar.</summary>
[PublicCache]
public sealed class DayModel(ArticleQueries queries, IStringLocalizer<ArticlesStartup> S) : PageModel
{
    // The archive's calendar: bounded so that a day's end (date + 1) and its conversion to UTC never overflow.
    public static readonly DateOnly FirstDay = new(1900, 1, 1);
    public static readonly DateOnly LastDay = new(2100, 12, 31);

    public DateOnly? Date { get; private set; }
    public string DateText => Date?.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture) ?? "";
    public string? Error { get; private set; }
    public IReadOnlyList<ArticleSummary> Articles { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? date, [FromQuery(Name = "d")] string? queryDate, CancellationToken ct)
    {
        // The form sends ?d=2021-12-08; links use /ngay/2021-12-08.
        if (date is null && !string.IsNullOrWhiteSpace(queryDate) && TryParse(queryDate, out var fromForm))
            return LocalRedirect($"/ngay/{fromForm:yyyy-MM-dd}");

        var text = date ?? queryDate;
        if (string.IsNullOrWhiteSpace(text)) return Page();
        if (!TryParse(text, out var day))
        {
            // Only the start of what was typed is shown back: a 3,000-character "date" is not repeated in full.
            Error = S["'{0}' is not a date. Pick a day in the calendar (for example 08-12-2021).", text.Length > 40 ? text[..40] + "…" : text];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        if (day < FirstDay || day > LastDay) return NotFound();
        Date = day;
        HttpContext.TagOutput(CacheTags.Day(day));
        ViewData[DateArchiveViewComponent.MonthKeyName] = Calendar.MonthKey.Of(day);
        Articles = await queries.OnDateAsync(day, ct);
        return Page();
    }

    private static bool TryParse(string text, out DateOnly day)
        => DateOnly.TryParseExact(text.Trim(), ["yyyy-MM-dd", "dd-MM-yyyy", "d-M-yyyy", "dd/MM/yyyy", "d/M/yyyy"],
            CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
}
