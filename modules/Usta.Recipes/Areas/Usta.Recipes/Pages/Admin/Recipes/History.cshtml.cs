using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Usta.Recipes.History;
using UstaOrchard.Core.Settings;

namespace Usta.Recipes.Areas.Usta.Recipes.Pages.Admin.Recipes;

/// <summary>A row of the history as shown: local time, and the rest as recorded.</summary>
public sealed record HistoryRow(long Id, string When, string Action, string RecipeName, string? UserName, string? RemoteAddress,
    bool Succeeded, string Summary, string? Failure);

/// <summary>Every recipe applied or exported (the admin pages and the command line), newest first, a page at a time.</summary>
[Authorize(Policy = RecipesStartup.ApplyRecipesPolicy)]
public sealed class HistoryModel(RecipeHistory history, SiteClock clock) : PageModel
{
    public IReadOnlyList<HistoryRow> Rows { get; private set; } = [];
    public int PageNumber { get; private set; } = 1;
    public int PageCount { get; private set; } = 1;

    public async Task<IActionResult> OnGetAsync(string? trang, CancellationToken ct)
    {
        // Bounded: a huge page number would overflow the query's offset (PostgreSQL refuses a negative one).
        if (!UstaOrchard.Core.Text.BoundedNumber.TryParsePage(trang, out var page)) return NotFound();
        PageNumber = page;
        var (rows, total) = await history.PageAsync(PageNumber, ct);
        PageCount = Math.Max(1, (total + RecipeHistory.PageSize - 1) / RecipeHistory.PageSize);
        if (PageNumber > PageCount) return NotFound();
        var zone = await clock.GetTimeZoneAsync(ct);
        Rows = rows.Select(r => new HistoryRow(r.Id,
            TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(r.Utc, DateTimeKind.Utc), zone).ToString(SiteClock.DateTimeFormat + ":ss"),
            r.Action, r.RecipeName, r.UserName, r.RemoteAddress, r.Succeeded, r.Summary, r.Failure)).ToList();
        return Page();
    }
}
