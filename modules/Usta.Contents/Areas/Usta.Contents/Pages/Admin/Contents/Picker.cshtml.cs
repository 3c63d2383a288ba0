using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Usta.Contents.Editing.Drivers;
using UstaOrchard.Core.Definitions;
using UstaOrchard.Core.Security;

namespace Usta.Contents.Areas.Usta.Contents.Pages.Admin.Contents;

/// <summary>
/// Title search for the content picker: the picker's script asks it for an HTML fragment while the
/// editor types; without the script it is a page of its own. Only types the user may view are searched.
/// </summary>
public sealed class PickerModel(ContentPickerSearch search, ContentDefinitionManager definitions) : PageModel
{
    public string Query { get; private set; } = "";
    public bool Fragment { get; private set; }
    public IReadOnlyList<PickerCandidate> Results { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? q, string? types, bool fragment, CancellationToken ct)
    {
        var known = (await definitions.ListTypesAsync(ct)).Select(t => t.Name).ToList();
        var asked = (types ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(50).ToList();
        // Every admin user may search; what each finds is limited to what they may see (ContentPickerSearch).
        var allowed = (asked.Count == 0 ? known : asked.Where(known.Contains)).ToList();
        if (allowed.Count == 0) return NotFound();
        Query = (q ?? "").Length > 200 ? q![..200] : q ?? "";
        Fragment = fragment;
        Results = await search.SearchAsync(allowed, Query, ContentPickerSearch.Limit, User, ct);
        return Page();
    }
}
