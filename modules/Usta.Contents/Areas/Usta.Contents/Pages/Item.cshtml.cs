using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UstaOrchard.Core.Caching;
using UstaOrchard.Core.Text;

namespace Usta.Contents.Areas.Usta.Contents.Pages;

/// <summary>
/// Any published item at its Autoroute path, shown by its type's display provider; a type without
/// one (say, defined by a recipe) is shown by its parts' and fields' drivers.
/// </summary>
// "in=1" is the print view (the layout reads it).
[PublicCache("trang", "in")]
public sealed class ItemModel(ContentRoutes routes, ItemPages pages) : PageModel
{
    // The query keys an item page reads (list page, print view): an old address passes only these on.
    private static readonly HashSet<string> KeptKeys = new(StringComparer.Ordinal) { "trang", "in" };

    public ContentDisplay Display { get; private set; } = null!;
    public int PageNumber { get; private set; } = 1;

    public async Task<IActionResult> OnGetAsync(string? path, [FromQuery(Name = "trang")] string? page, CancellationToken ct)
    {
        if (!BoundedNumber.TryParsePage(page, out var number)) return NotFound();
        // Only "in=1" is the print view: any other value would be a page of its own in the output cache.
        if (Request.Query.TryGetValue("in", out var print) && print != "1") return NotFound();
        var item = await pages.FindAsync(path, number, ct);
        if (item is null)
        {
            return await routes.FindMovedAsync(path, ct) is { } moved
                ? RedirectPermanent(moved + QueryString.Create(Request.Query.Where(q => KeptKeys.Contains(q.Key))).ToUriComponent())
                : NotFound();
        }
        // What else the page shows (categories, listed articles) its display provider tags.
        HttpContext.TagOutput(CacheTags.Item(item.ContentItemId));
        if (item.Display is not { } display) return NotFound();
        // A kept display was not built by this request: its tags go on the page here.
        foreach (var tag in display.KeptUnder ?? []) HttpContext.TagOutput(tag);
        // A page number on an item that has no pages would be one more cache entry of the same page.
        if (!display.Paged && page is not null) return NotFound();
        Display = display;
        PageNumber = number;
        return Page();
    }
}
