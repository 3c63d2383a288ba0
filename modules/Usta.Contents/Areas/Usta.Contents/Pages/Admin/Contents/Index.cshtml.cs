using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Usta.Contents.Listing;
using UstaOrchard.Core.Data;
using UstaOrchard.Core.Definitions;
using UstaOrchard.Core.Security;
using UstaOrchard.Core.Settings;
using UstaOrchard.Core.Text;

namespace Usta.Contents.Areas.Usta.Contents.Pages.Admin.Contents;

/// <summary>
/// The content list: every item the user may edit, filtered, sorted and paged in SQL over the list
/// index; bulk publish, unpublish and delete, each item checked on its own.
/// </summary>
public sealed class IndexModel(ContentListQuery list, ContentDefinitionManager definitions, SiteClock clock, UstaDbContext db,
    ContentBulkActions bulk, IStringLocalizer<ContentsStartup> S) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public ContentListRequest Filter { get; set; } = new();

    public ContentListPage Result { get; private set; } = null!;
    public IReadOnlyList<ContentTypeDefinition> Types { get; private set; } = [];
    public IReadOnlyList<ContentTypeDefinition> Creatable { get; private set; } = [];
    public IReadOnlyList<(string Id, string Title)> Categories { get; private set; } = [];
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;
    public string? Error { get; private set; }

    [TempData]
    public string? Status { get; set; }

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "trang")] string? page, CancellationToken ct)
    {
        if (!BoundedNumber.TryParsePage(page, out var number)) return NotFound();
        Types = await definitions.ListTypesAsync(ct);
        Creatable = Types.Where(t => t.TypeSettings.Creatable && User.Can(ContentPermissions.EditContent, t.Name, owned: true)).ToList();
        Zone = await clock.GetTimeZoneAsync(ct);
        Categories = (await db.Set<CategoryIndex>().AsNoTracking().Where(x => x.Latest).OrderBy(x => x.Title)
            .Select(x => new { x.ContentItemId, x.Title }).ToListAsync(ct)).Select(x => (x.ContentItemId, x.Title)).ToList();

        var (filter, error) = Filter.Parse(Types, Zone, S);
        if (filter is null)
        {
            Error = error;
            Result = new ContentListPage([], 0, 1, 1);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var result = await list.PageAsync(filter, ContentListAccessFor.User(User, Types), number, ct);
        if (result is null) return NotFound();
        Result = result;
        return Page();
    }

    public async Task<IActionResult> OnPostBulkAsync(string[]? selected, string? action, CancellationToken ct)
    {
        var verb = ContentBulkActions.Parse(action);
        if (verb is null)
        {
            Status = S["Choose an action for the selected items."];
            return LocalRedirect(ListUrl(null));
        }
        var outcome = await bulk.ApplyAsync(verb.Value, selected ?? [], User, ct);
        Status = outcome.Describe(verb.Value, S);
        return LocalRedirect(ListUrl(null));
    }

    /// <summary>This page's URL with one query value changed (the pager's and the sort links').</summary>
    public string UrlWith(string key, string? value)
    {
        var query = Request.Query.Where(q => q.Key != key && q.Key != "trang" && q.Key != "handler").ToDictionary(q => q.Key, q => q.Value);
        if (!string.IsNullOrEmpty(value)) query[key] = value;
        return QueryString.Create(query).ToUriComponent() is { Length: > 0 } q ? "/Admin/Contents" + q : "/Admin/Contents";
    }

    /// <summary>This page's URL as it is (filters and page kept), with a handler for the bulk form or without one to return to.</summary>
    public string ListUrl(string? handler)
    {
        var query = Request.Query.Where(q => q.Key != "handler").ToDictionary(q => q.Key, q => q.Value);
        if (handler is not null) query["handler"] = handler;
        return "/Admin/Contents" + QueryString.Create(query).ToUriComponent();
    }

    public string Local(DateTime? utc)
        => utc is { } u ? TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(u, DateTimeKind.Utc), Zone).ToString(SiteClock.DateTimeFormat, System.Globalization.CultureInfo.InvariantCulture) : "";
}
