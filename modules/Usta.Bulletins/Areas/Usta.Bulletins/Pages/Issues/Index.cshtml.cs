using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Usta.Bulletins.Areas.Usta.Bulletins.Pages.Issues;

/// <summary>All bulletin issues, newest first, optionally of one year (<c>?nam=2021</c>).</summary>
public sealed class IndexModel(BulletinQueries queries) : PageModel
{
    // Four issues a year: this is decades of bulletins on one page.
    private const int MaxIssues = 200;

    public int? Year { get; private set; }
    public IReadOnlyList<int> Years { get; private set; } = [];
    public IReadOnlyList<BulletinSummary> Issues { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "nam")] int? year, CancellationToken ct)
    {
        Years = await queries.YearsAsync(ct);
        if (year is not null && !Years.Contains(year.Value)) return NotFound();
        Year = year;
        Issues = await queries.IssuesAsync(year, MaxIssues, ct);
        return Page();
    }
}
