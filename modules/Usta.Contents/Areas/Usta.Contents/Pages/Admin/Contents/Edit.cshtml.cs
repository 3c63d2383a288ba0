using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Usta.Contents.Editing;
using Usta.Contents.Review;
using Usta.Contents.Scheduling;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;
using UstaOrchard.Core.Security;
using UstaOrchard.Core.Settings;

namespace Usta.Contents.Areas.Usta.Contents.Pages.Admin.Contents;

/// <summary>
/// An item's latest version in its drivers' editors. The form carries the version and stamp it was
/// opened from: a save after someone else's is refused, and the editor's text stays in the form.
/// The workflow's other buttons (Edit.Workflow.cs) are small forms of their own.
/// </summary>
public sealed partial class EditModel : EditorPageModel
{
    private readonly ContentManager _contents;
    private readonly ContentEditor _editor;
    private readonly UstaDbContext _db;
    private readonly SiteClock _clock;
    private readonly IStringLocalizer<ContentsStartup> S;

    public EditModel(ContentManager contents, ContentEditor editor, UstaDbContext db, SiteClock clock, IStringLocalizer<ContentsStartup> s)
    {
        _contents = contents;
        _editor = editor;
        _db = db;
        _clock = clock;
        S = s;
    }

    public ContentItem Item { get; private set; } = null!;
    public ContentEditorModel Editor { get; private set; } = null!;
    public bool CanPublish { get; private set; }
    public bool CanDelete { get; private set; }
    public bool CanSubmit { get; private set; }
    public bool HasPublished { get; private set; }
    public ContentReviewRecord? Review { get; private set; }
    public string? ScheduledLocal { get; private set; }

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
        await ShowAsync(ct);
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
        Editor = (await _editor.UpdateEditorAsync(edited, this, new EditorRequest(User, false, ct)))!;
        if (!ModelState.IsValid) return Page();

        var saved = publish ? await _contents.SaveAndPublishAsync(edited, ct) : await _contents.SaveDraftAsync(edited, ct);
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
        // A plan publishes the version as it was planned: text saved since needs a new plan, said here, not found out later.
        if (HttpContext.RequestServices.GetService<IPublishScheduler>() is { } scheduler && await scheduler.CancelAsync(id, ct))
            Status = publish ? S["Published; the planned publication is no longer needed."] : S["Draft saved. The planned publication was cancelled because the text changed: plan it again."];
        return RedirectToPage(new { id });
    }

    // The latest version, if it exists and this user may edit it, with what the page shows about its state.
    private async Task<IActionResult?> LoadAsync(string id, CancellationToken ct)
    {
        var item = id.Length is > 0 and <= 26 ? await _contents.GetAsync(id, VersionOptions.Latest, ct) : null;
        if (item is null) return NotFound();
        if (!User.Can(ContentPermissions.EditContent, item)) return Forbid();
        Item = item;
        CanPublish = User.Can(ContentPermissions.PublishContent, item);
        CanDelete = User.Can(ContentPermissions.DeleteContent, item);
        CanSubmit = User.Can(ContentPermissions.SubmitContent, item);
        HasPublished = item.Published || await _db.ContentItems.AnyAsync(x => x.ContentItemId == id && x.Published, ct);
        Review = await _db.Set<ContentReviewRecord>().AsNoTracking().FirstOrDefaultAsync(x => x.ContentItemId == id, ct);
        var scheduled = await _db.Set<ScheduledPublicationRecord>().AsNoTracking().FirstOrDefaultAsync(x => x.ContentItemId == id, ct);
        if (scheduled is not null) ScheduledLocal = (await _clock.ToLocalAsync(scheduled.PublishUtc, ct)).ToString(SiteClock.DateTimeFormat, System.Globalization.CultureInfo.InvariantCulture);
        return null;
    }

    // The editors as stored, for a GET or a workflow form re-shown with its error.
    private async Task ShowAsync(CancellationToken ct)
    {
        Editor = (await _editor.BuildEditorAsync(Item, new EditorRequest(User, false, ct)))!;
        VersionId = Item.ContentItemVersionId;
        Stamp = Item.ConcurrencyStamp;
    }
}
