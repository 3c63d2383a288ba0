using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Usta.Contents.Versions;
using UstaOrchard.Core.Contents;

namespace Usta.Contents.Areas.Usta.Contents.Pages.Admin.Contents;

/// <summary>One version, read-only (its title and text), with the button that restores it as a new draft.</summary>
public sealed class VersionsShowModel(ContentManager contents, VersionHistory history, IStringLocalizer<ContentsStartup> S)
    : VersionsPageModel(contents)
{
    public ContentItem Version { get; private set; } = null!;
    public int Number { get; private set; }
    public IReadOnlyList<string> Paragraphs { get; private set; } = [];
    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, string versionId, CancellationToken ct)
        => await LoadVersionAsync(id, versionId, ct) ?? Page();

    public async Task<IActionResult> OnPostRestoreAsync(string id, string versionId, CancellationToken ct)
    {
        if (await LoadVersionAsync(id, versionId, ct) is { } refusal) return refusal;
        var saved = await Contents.RestoreVersionAsync(id, versionId, ct);
        switch (saved.Status)
        {
            case ContentSaveStatus.NotFound:
                return NotFound();
            case ContentSaveStatus.Conflict:
                Errors = [S["Someone saved this item at the same moment. Try again."]];
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
            case ContentSaveStatus.Invalid:
                Errors = saved.ValidationErrors.Select(e => e.Message).ToList();
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                return Page();
        }
        TempData["Status"] = S["Version {0} restored as a new draft.", Number].Value;
        return RedirectToPage("Versions", new { id });
    }

    private async Task<IActionResult?> LoadVersionAsync(string id, string versionId, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refusal) return refusal;
        if (await VersionAsync(versionId, ct) is not { } version) return NotFound();
        Version = version;
        Number = await history.NumberOfAsync(id, versionId, ct);
        Paragraphs = VersionText.Body(version).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return null;
    }
}
