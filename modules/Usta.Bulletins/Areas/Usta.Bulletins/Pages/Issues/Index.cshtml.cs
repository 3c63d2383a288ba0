using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UstaOrchard.Core.Caching;
using UstaOrchard.Core.Text;

namespace Usta.Bulletins.Areas.Usta.Bulletins.Pages.Issues;

/// <summary>All bulletin issues, newest first, optionally of one year (<c>?nam=2021</c>).</summary>
// Lists bulletins only: the layout's tags (every page lists the latest bulletins) cover it.
[PublicCache("nam")]
public sealed class IndexModel(BulletinQueries queries) : PageModel
{
    // Four issues a year: this is decades of bulletins on one page.
    private const int MaxIssues = 200;

    public int? Year { get; private set; }
    public IReadOnlyList<int> Years { get; private set; } = [];
    public IReadOnlyList<BulletinSummary> Issues { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "nam")] string? year, CancellationToken ct)
    {
        int? number = null;
        if (year is not null)
        {
            // "?nam=abc" is a list that does not exist, not the list of all years.
            if (!BoundedNumber.TryParse(year, 1, 9999, out var value)) return NotFound();
            number = value;
        }
        Years = await queries.YearsAsync(ct);
        if (number is not null && !Years.Contains(number.Value)) return NotFound();
        Year = number;
        Issues = await queries.IssuesAsync(number, MaxIssues, ct);
        return Page();
    }
}
