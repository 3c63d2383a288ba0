using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Usta.Media.Library;
using UstaOrchard.Core.Media;

namespace Usta.Media.Areas.Usta.Media.Pages.Admin.Media;

/// <summary>The library: a folder's sub-folders and one page of its files, search by name, folder actions.</summary>
public sealed class IndexModel(MediaQueries queries, MediaLibrary library, IOptions<MediaOptions> options,
    IStringLocalizer<MediaStartup> S) : PageModel
{
    public MediaListing Listing { get; private set; } = null!;
    public MediaOptions Options => options.Value;
    public string? Error { get; private set; }

    [TempData]
    public string? Status { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    public async Task<IActionResult> OnGetAsync(string? folder, string? q, int trang = 1, CancellationToken ct = default)
    {
        if (!MediaPath.TryNormalizeFolder(folder ?? "", out var path, out _) || !await queries.FolderExistsAsync(path, ct)) return NotFound();
        // A page out of range is a 404, as on the public lists.
        if (trang < 1 || !ModelState.IsValid) return NotFound();
        Listing = await queries.ListAsync(path, q, trang, ct);
        return trang > Listing.PageCount ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostCreateFolderAsync(string? folder, CancellationToken ct)
        => await AfterAsync(folder, await library.CreateFolderAsync(folder ?? "", Name, User.Identity?.Name ?? "", ct), S["Folder created."], ct);

    public async Task<IActionResult> OnPostRenameFolderAsync(string? folder, CancellationToken ct)
    {
        var result = await library.RenameAsync(folder ?? "", Name, User.Identity?.Name ?? "", ct);
        return await AfterAsync(result.Succeeded ? result.Path : folder, result, S["Folder renamed."], ct);
    }

    public async Task<IActionResult> OnPostDeleteFolderAsync(string? folder, CancellationToken ct)
    {
        var result = await library.DeleteFolderAsync(folder ?? "", User.Identity?.Name ?? "", ct);
        return await AfterAsync(result.Succeeded ? MediaPath.FolderOf(result.Path!) : folder, result, S["Folder deleted."], ct);
    }

    private async Task<IActionResult> AfterAsync(string? folder, LibraryResult result, string done, CancellationToken ct)
    {
        if (result.Succeeded)
        {
            Status = done;
            return RedirectToPage(new { folder = folder ?? "" });
        }
        Error = result.Error;
        var shown = MediaPath.TryNormalizeFolder(folder ?? "", out var path, out _) && await queries.FolderExistsAsync(path, ct) ? path : "";
        Listing = await queries.ListAsync(shown, null, 1, ct);
        return Page();
    }
}
