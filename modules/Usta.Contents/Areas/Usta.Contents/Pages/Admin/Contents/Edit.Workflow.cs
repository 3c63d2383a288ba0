using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Usta.Contents.Review;
using Usta.Contents.Scheduling;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Security;
using UstaOrchard.Core.Settings;

namespace Usta.Contents.Areas.Usta.Contents.Pages.Admin.Contents;

/// <summary>The editor's workflow beyond save and publish; each handler checks its own permission for this item.</summary>
public sealed partial class EditModel
{
    /// <summary>"Publish later": a day and time in the site's time zone, as dd-MM-yyyy HH:mm.</summary>
    [BindProperty]
    public string? PublishAt { get; set; }

    public async Task<IActionResult> OnPostUnpublishAsync(string id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refusal) return refusal;
        if (!CanPublish) return Forbid();
        Status = await _contents.UnpublishAsync(id, ct) ? S["Unpublished: the item is no longer on the site."] : S["The item was not published."];
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostCancelScheduleAsync(string id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refusal) return refusal;
        if (!CanPublish) return Forbid();
        var scheduler = HttpContext.RequestServices.GetService<IPublishScheduler>();
        Status = scheduler is not null && await scheduler.CancelAsync(id, ct) ? S["The planned publication was cancelled."] : S["No publication was planned."];
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostDeleteAsync(string id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refusal) return refusal;
        if (!CanDelete) return Forbid();
        await _contents.RemoveAsync(id, ct);
        Status = S["'{0}' was moved to the recycle bin.", Item.DisplayText];
        return Redirect("/Admin/Contents");
    }

    public async Task<IActionResult> OnPostCloneAsync(string id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refusal) return refusal;
        // The copy is a new item of the user's own.
        if (!User.Can(ContentPermissions.EditContent, Item.ContentType, owned: true)) return Forbid();
        var suffix = S[" (copy)"].Value;
        var cloned = await _contents.CloneAsync(id, copy =>
        {
            // The title handler makes DisplayText from the title; a type without a title keeps its text with the suffix.
            copy.DisplayText += suffix;
            if (copy.As<TitlePart>() is not null) copy.Alter<TitlePart>(t => t.Title += suffix);
            if (copy.As<AutoroutePart>() is not null) copy.Alter<AutoroutePart>(r => r.Path = "");
        }, ct);
        if (!cloned.Succeeded)
        {
            Status = cloned.ValidationErrors.FirstOrDefault()?.Message ?? S["The item could not be copied."];
            return RedirectToPage(new { id });
        }
        Status = S["Copy made: this is the new draft."];
        return RedirectToPage(new { id = cloned.ContentItem!.ContentItemId });
    }

    public async Task<IActionResult> OnPostDiscardDraftAsync(string id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refusal) return refusal;
        Status = await _contents.DiscardDraftAsync(id, ct)
            ? S["Draft discarded: the published version is the one you edit again."]
            : S["There is no newer draft to discard."];
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostSubmitAsync(string id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refusal) return refusal;
        if (!CanSubmit) return Forbid();
        if (Review is null)
        {
            _db.Add(new ContentReviewRecord { ContentItemId = id, ContentType = Item.ContentType, SubmittedBy = User.OwnerName(), SubmittedUtc = _clock.UtcNow });
            try
            {
                await _db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Submitted twice at the same moment: the unique index kept one request, which is all we want.
                _db.ChangeTracker.Clear();
            }
        }
        Status = S["Submitted for review: an editor will publish it."];
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostPublishLaterAsync(string id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refusal) return refusal;
        if (!CanPublish) return Forbid();
        var scheduler = HttpContext.RequestServices.GetService<IPublishScheduler>();
        var text = PublishAt?.Trim() ?? "";
        if (!DateTime.TryParseExact(text, [SiteClock.DateTimeFormat, "yyyy-MM-ddTHH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            || local.Year is < 1900 or > 2100)
            return await RefuseScheduleAsync(S["'{0}' is not a day and time. Enter it as dd-MM-yyyy HH:mm (for example 08-12-2026 07:30).", text.Length > 40 ? text[..40] + "…" : text], ct);
        var utc = await _clock.ToUtcAsync(local, ct);
        if (utc <= _clock.UtcNow) return await RefuseScheduleAsync(S["{0} has already passed. Choose a time in the future.", text], ct);
        if (scheduler is null) return await RefuseScheduleAsync(S["Publishing later is not available on this site yet."], ct);

        await scheduler.ScheduleAsync(id, utc, User.OwnerName(), ct);
        Status = S["It will be published on {0}.", local.ToString(SiteClock.DateTimeFormat, CultureInfo.InvariantCulture)];
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult> RefuseScheduleAsync(string message, CancellationToken ct)
    {
        ModelState.AddModelError(nameof(PublishAt), message);
        await ShowAsync(ct);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
