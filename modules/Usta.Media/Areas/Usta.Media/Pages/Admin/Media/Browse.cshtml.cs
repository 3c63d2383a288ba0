using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Usta.Media.Library;
using UstaOrchard.Core.Media;

namespace Usta.Media.Areas.Usta.Media.Pages.Admin.Media;

/// <summary>The library as the picker's dialog shows it: a fragment of HTML the dialog loads, browses, searches and uploads in.</summary>
public sealed class BrowseModel(MediaQueries queries, IOptions<MediaOptions> options) : PageModel
{
    public MediaListing Listing { get; private set; } = null!;
    public MediaOptions Options => options.Value;

    public async Task<IActionResult> OnGetAsync(string? folder, string? q, int trang = 1, CancellationToken ct = default)
    {
        if (!MediaPath.TryNormalizeFolder(folder ?? "", out var path, out _) || !await queries.FolderExistsAsync(path, ct)) return NotFound();
        // A page out of range is a 404, as on the public lists.
        if (trang < 1 || !ModelState.IsValid) return NotFound();
        Listing = await queries.ListAsync(path, q, trang, ct);
        return trang > Listing.PageCount ? NotFound() : Page();
    }
}
