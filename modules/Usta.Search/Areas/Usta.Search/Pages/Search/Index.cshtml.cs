using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;
using Usta.Search.Querying;
using UstaOrchard.Core.Text;

namespace Usta.Search.Areas.Usta.Search.Pages.Search;

/// <summary>
/// "Tìm kiếm": the reader's search with filters. Whatever is typed in the box gets a 200 (with a
/// message when needed); a filter the form cannot produce (a page "abc", a date "hôm qua", an
/// unknown type or category) is a 400 with the form and a message, as the date archive answers.
/// </summary>
public sealed class IndexModel(SearchService search, SearchFilterOptionsLoader options, IStringLocalizer<SearchStartup> S) : PageModel
{
    public const string PagePath = "/tim-kiem";
    public const string SortByDate = "moi-nhat";

    // The calendar the date inputs accept, as the date archive's: far from any overflow.
    private static readonly DateOnly FirstDay = new(1900, 1, 1);
    private static readonly DateOnly LastDay = new(2100, 12, 31);

    [FromQuery(Name = "q")] public string? Q { get; set; }
    [FromQuery(Name = "loai")] public string? Type { get; set; }
    [FromQuery(Name = "chuyen-muc")] public string? Category { get; set; }
    [FromQuery(Name = "tu")] public string? From { get; set; }
    [FromQuery(Name = "den")] public string? To { get; set; }
    [FromQuery(Name = "sap-xep")] public string? Sort { get; set; }
    [FromQuery(Name = "trang")] public string? PageNumber { get; set; }

    /// <summary>The dates shown back in the form: only valid ones (a 50 KB "date" is not repeated).</summary>
    public DateOnly? FromDay { get; private set; }
    public DateOnly? ToDay { get; private set; }

    public SearchFilterOptions Options { get; private set; } = null!;
    public SearchResults? Results { get; private set; }
    public List<string> Errors { get; } = [];

    /// <summary>What the box shows back: the query as searched (cut, control characters gone), never the raw input.</summary>
    public string ShownQuery { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        // "?trang=abc" or "?trang=0" is a page that does not exist: 404, as every paged list of the site answers.
        if (!BoundedNumber.TryParsePage(PageNumber, out var page)) return NotFound();
        Options = await options.LoadAsync(ct);
        ShownQuery = ReaderQuery.Parse(SearchService.Clean(Q)).Text;
        var request = Check(page);
        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        // A first visit (no q at all) shows the form, not a complaint.
        if (Request.Query.ContainsKey("q")) Results = await search.SearchAsync(request!, ct);
        return Page();
    }

    /// <summary>This search with another page number: every filter kept.</summary>
    public string PageUrl(int page)
    {
        var query = new Dictionary<string, string?>
        {
            ["q"] = ShownQuery,
            ["loai"] = Blank(Type) ? null : Type,
            ["chuyen-muc"] = Blank(Category) ? null : Category,
            ["tu"] = Blank(From) ? null : From,
            ["den"] = Blank(To) ? null : To,
            ["sap-xep"] = Blank(Sort) ? null : Sort,
            ["trang"] = page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null,
        };
        return QueryHelpers.AddQueryString(PagePath, query.Where(p => p.Value is not null)!);
    }

    private SearchRequest? Check(int page)
    {
        if (!Blank(Type) && Options.Types.All(t => t.Name != Type)) Errors.Add(S["This kind of content cannot be searched. Pick one from the list."]);
        if (!Blank(Category) && Options.Categories.All(c => c.ContentItemId != Category)) Errors.Add(S["This category does not exist. Pick one from the list."]);
        var from = Day(From, S["The start date is not a date. Pick a day in the calendar."]);
        var to = Day(To, S["The end date is not a date. Pick a day in the calendar."]);
        (FromDay, ToDay) = (from, to);
        if (from is not null && to is not null && from > to) Errors.Add(S["The start date is after the end date."]);
        SearchSort sort = SearchSort.Relevance;
        if (Sort == SortByDate) sort = SearchSort.Date;
        else if (!Blank(Sort)) Errors.Add(S["This sort order is not known."]);
        return Errors.Count > 0 ? null : new SearchRequest(Q, Blank(Type) ? null : Type, Blank(Category) ? null : Category, from, to, sort, page);
    }

    private DateOnly? Day(string? text, string error)
    {
        if (Blank(text)) return null;
        if (DateOnly.TryParseExact(text!.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            && day >= FirstDay && day <= LastDay) return day;
        Errors.Add(error);
        return null;
    }

    private static bool Blank(string? value) => string.IsNullOrWhiteSpace(value);
}
