using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Usta.Contents.Editing;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Security;

namespace Usta.Contents.Areas.Usta.Contents.Pages.Admin.Contents;

/// <summary>
/// An item's latest version in its drivers' editors. The form carries the version and stamp it was
/// opened from: a save after someone else's is refused, and the editor's text stays in the form.
/// </summary>
public sealed class EditModel(ContentManager contents, ContentEditor editor, IStringLocalizer<ContentsStartup> S) : EditorPageModel
{
    public ContentItem Item { get; private set; } = null!;
    public ContentEditorModel Editor { get; private set; } = null!;
    public bool CanPublish { get; private set; }

    /// <summary>The save was refused because the item changed since the form was opened.</summary>
    public bool Conflicted { get; private set; }

    [BindProperty]
    public string? VersionId { get; set; }

    [BindProperty]
    public string? Stamp { get; set; }

    [TempData]
    public string? Status { get; set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refusal) return refusal;
        Editor = (await editor.BuildEditorAsync(Item, new EditorRequest(User, false, ct)))!;
        VersionId = Item.ContentItemVersionId;
        Stamp = Item.ConcurrencyStamp;
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(string id, CancellationToken ct) => SaveAsync(id, publish: false, ct);

    public Task<IActionResult> OnPostPublishAsync(string id, CancellationToken ct) => SaveAsync(id, publish: true, ct);

    private async Task<IActionResult> SaveAsync(string id, bool publish, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refusal) return refusal;
        if (publish && !CanPublish) return Forbid();

        var edited = Item.Clone();
        edited.ContentItemVersionId = VersionId ?? "";
        edited.ConcurrencyStamp = Stamp ?? "";
        Editor = (await editor.UpdateEditorAsync(edited, this, new EditorRequest(User, false, ct)))!;
        if (!ModelState.IsValid) return Page();

        var saved = publish ? await contents.SaveAndPublishAsync(edited, ct) : await contents.SaveDraftAsync(edited, ct);
        switch (saved.Status)
        {
            case ContentSaveStatus.NotFound:
                return NotFound();
            case ContentSaveStatus.Conflict:
                Conflicted = true;
                ModelState.AddModelError("", ContentForm.Conflict(S));
                return Page();
            case ContentSaveStatus.Invalid:
                ContentForm.AddErrors(ModelState, Editor, saved.ValidationErrors);
                return Page();
        }
        Status = publish ? S["Published."] : S["Draft saved."];
        return RedirectToPage(new { id });
    }

    // The latest version, if it exists and this user may edit it.
    private async Task<IActionResult?> LoadAsync(string id, CancellationToken ct)
    {
        var item = id.Length is > 0 and <= 26 ? await contents.GetAsync(id, VersionOptions.Latest, ct) : null;
        if (item is null) return NotFound();
        if (!User.Can(ContentPermissions.EditContent, item)) return Forbid();
        Item = item;
        CanPublish = User.Can(ContentPermissions.PublishContent, item);
        return null;
    }
}
