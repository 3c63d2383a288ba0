using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Usta.Media.Library;
using Usta.Media.References;
using UstaOrchard.Core.Media;
using UstaOrchard.Core.Settings;

namespace Usta.Media.Areas.Usta.Media.Pages.Admin.Media;

/// <summary>One file: what it is, where it is used; alternative text, rename, move, replace and delete.</summary>
public sealed class FileModel(MediaQueries queries, MediaLibrary library, MediaUses uses, SiteClock clock, IStringLocalizer<MediaStartup> S) : PageModel
{
    public MediaFileRecord Entry { get; private set; } = null!;
    public IReadOnlyList<MediaUse> Uses { get; private set; } = [];
    public IReadOnlyList<string> Folders { get; private set; } = [];
    /// <summary>When the file was uploaded, in the site's time zone.</summary>
    public string Uploaded { get; private set; } = "";
    public string? Error { get; private set; }
    /// <summary>The delete was refused because content uses the file: the page asks to confirm.</summary>
    public bool AskToConfirmDelete { get; private set; }

    [TempData]
    public string? Status { get; set; }

    [BindProperty]
    public string? Value { get; set; }

    public async Task<IActionResult> OnGetAsync(string? path, CancellationToken ct)
        => await LoadAsync(path, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAltAsync(string? path, CancellationToken ct)
        => await AfterAsync(path, await library.SetAltTextAsync(path ?? "", Value, ct), S["Alternative text saved."], ct);

    public async Task<IActionResult> OnPostRenameAsync(string? path, CancellationToken ct)
        => await AfterAsync(path, await library.RenameAsync(path ?? "", Value, User.Identity?.Name ?? "", ct), S["File renamed; the content that uses it was updated."], ct);

    public async Task<IActionResult> OnPostMoveAsync(string? path, CancellationToken ct)
        => await AfterAsync(path, await library.MoveAsync(path ?? "", Value, User.Identity?.Name ?? "", ct), S["File moved; the content that uses it was updated."], ct);

    public async Task<IActionResult> OnPostDeleteAsync(string? path, bool confirm, CancellationToken ct)
    {
        var result = await library.DeleteFileAsync(path ?? "", confirm, User.Identity?.Name ?? "", ct);
        if (!result.Succeeded)
        {
            if (!await LoadAsync(path, ct)) return NotFound();
            Error = result.Error;
            AskToConfirmDelete = result.Uses is { Count: > 0 };
            return Page();
        }
        Status = S["File deleted."];
        return RedirectToPage("Index", new { folder = MediaPath.FolderOf(result.Path!) });
    }

    private async Task<IActionResult> AfterAsync(string? path, LibraryResult result, string done, CancellationToken ct)
    {
        if (result.Succeeded)
        {
            Status = done;
            return RedirectToPage(new { path = result.Path });
        }
        if (!await LoadAsync(path, ct)) return NotFound();
        Error = result.Error;
        return Page();
    }

    private async Task<bool> LoadAsync(string? path, CancellationToken ct)
    {
        if (!MediaPath.TryNormalizeFile(path, out var normalized, out _)) return false;
        if (await queries.FileAsync(normalized, ct) is not { } file) return false;
        Entry = file;
        Uploaded = (await clock.ToLocalAsync(file.UploadedUtc, ct)).ToString(SiteClock.DateTimeFormat);
        Uses = await uses.ForAsync(normalized, ct);
        Folders = await queries.AllFoldersAsync(ct);
        return true;
    }
}
