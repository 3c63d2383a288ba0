using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Usta.Media.Library;
using Usta.Media.Uploads;
using UstaOrchard.Core.Media;

namespace Usta.Media.Areas.Usta.Media.Pages.Admin.Media;

/// <summary>
/// The upload form that works without JavaScript (several files in one post), and the explicit
/// replace of one file. The body is read as a stream, section by section, so the antiforgery token
/// is checked here, from the form's first field, instead of by the filter that would read the
/// whole form first (and buffer every file).
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class AddModel(MediaUploader uploader, MediaQueries queries, IAntiforgery antiforgery,
    IOptions<MediaOptions> options, IStringLocalizer<MediaStartup> S) : PageModel
{
    /// <summary>Most files one plain form may carry: the request's body limit is this many files.</summary>
    public const int MaxFilesPerForm = 20;

    public string Folder { get; private set; } = "";
    public MediaOptions Options => options.Value;
    public List<UploadOutcome> Outcomes { get; } = [];
    public string? Error { get; private set; }

    [TempData]
    public string? Status { get; set; }

    public async Task<IActionResult> OnGetAsync(string? folder, CancellationToken ct)
        => await SetFolderAsync(folder, ct) ? Page() : NotFound();

    // Post handlers take no parameters: binding one would make Razor Pages read (and buffer) the form first.
    public async Task<IActionResult> OnPostAsync()
    {
        var ct = HttpContext.RequestAborted;
        if (!await SetFolderAsync(Request.Query["folder"], ct)) return NotFound();
        UploadRequest.LimitBody(HttpContext, Options.MaxFileSize * MaxFilesPerForm + UploadRequest.Overhead);
        if (await ReadFilesAsync((name, body) => uploader.UploadAsync(Folder, name, body, User.Identity?.Name ?? "", ct), ct) is { } refused) return refused;
        if (Outcomes.Count == 0) Error = S["Choose at least one file."];
        if (Error is not null || Outcomes.Any(x => !x.Succeeded)) return Page();
        Status = S["{0} file(s) uploaded.", Outcomes.Count];
        return RedirectToPage("Index", new { folder = Folder });
    }

    public async Task<IActionResult> OnPostReplaceAsync()
    {
        var ct = HttpContext.RequestAborted;
        if (!MediaPath.TryNormalizeFile(Request.Query["path"], out var target, out _) || await queries.FileAsync(target, ct) is null) return NotFound();
        Folder = MediaPath.FolderOf(target);
        UploadRequest.LimitBody(HttpContext, Options.MaxFileSize + UploadRequest.Overhead);
        if (await ReadFilesAsync((name, body) => Outcomes.Count == 0
                ? uploader.ReplaceAsync(target, name, body, User.Identity?.Name ?? "", ct)
                : Task.FromResult(new UploadOutcome(name ?? "", null, S["Only one file can replace a file."])), ct) is { } refused)
            return refused;
        if (Outcomes.Count == 0) Error = S["Choose a file."];
        if (Error is not null || Outcomes.Any(x => !x.Succeeded)) return Page();
        Status = S["File replaced."];
        return RedirectToPage("File", new { path = target });
    }

    // Null when the sections were read (outcomes and errors set), else the answer to give at once.
    private async Task<IActionResult?> ReadFilesAsync(Func<string?, Stream, Task<UploadOutcome>> upload, CancellationToken ct)
    {
        if (!UploadRequest.IsMultipart(Request, out var boundary))
        {
            Error = S["Send the file as a form upload (multipart/form-data)."];
            return null;
        }
        var reader = new MultipartReader(boundary, Request.Body);
        try
        {
            if (!await UploadRequest.ValidateTokenAsync(HttpContext, reader, antiforgery)) return BadRequest();
            for (var section = await reader.ReadNextSectionAsync(ct); section is not null; section = await reader.ReadNextSectionAsync(ct))
            {
                var fileName = UploadRequest.FileName(section);
                // A file input left empty still sends a section, with no name and no content.
                if (string.IsNullOrEmpty(fileName)) continue;
                if (Outcomes.Count >= MaxFilesPerForm)
                {
                    Error = S["At most {0} files can be sent at once.", MaxFilesPerForm];
                    break;
                }
                Outcomes.Add(await upload(fileName, section.Body));
            }
        }
        catch (Microsoft.AspNetCore.Http.BadHttpRequestException e) when (e.StatusCode == Microsoft.AspNetCore.Http.StatusCodes.Status413PayloadTooLarge)
        {
            Error = uploader.TooLargeMessage(null);
        }
        catch (Exception e) when (UploadRequest.IsMalformed(e, HttpContext))
        {
            return BadRequest();
        }
        return null;
    }

    private async Task<bool> SetFolderAsync(string? folder, CancellationToken ct)
    {
        if (!MediaPath.TryNormalizeFolder(folder ?? "", out var path, out _) || !await queries.FolderExistsAsync(path, ct)) return false;
        Folder = path;
        return true;
    }
}
