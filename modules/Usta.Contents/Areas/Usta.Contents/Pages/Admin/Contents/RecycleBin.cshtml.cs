using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Usta.Contents.Listing;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;
using UstaOrchard.Core.Security;
using UstaOrchard.Core.Settings;
using UstaOrchard.Core.Text;

namespace Usta.Contents.Areas.Usta.Contents.Pages.Admin.Contents;

/// <summary>Removed items: restore one as a draft, or purge it for good after a confirmation page.</summary>
[Authorize(Policy = ContentPermissions.ManageRecycleBin)]
public sealed class RecycleBinModel(ContentListQuery list, ContentManager contents, UstaDbContext db, SiteClock clock,
    IStringLocalizer<ContentsStartup> S) : PageModel
{
    public ContentListPage Result { get; private set; } = null!;

    /// <summary>The item whose purge waits for confirmation (?purge=id).</summary>
    public ContentListIndex? ToPurge { get; private set; }

    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;

    [TempData]
    public string? Status { get; set; }

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "trang")] string? page, string? purge, CancellationToken ct)
    {
        if (!BoundedNumber.TryParsePage(page, out var number)) return NotFound();
        Zone = await clock.GetTimeZoneAsync(ct);
        if (purge is not null)
        {
            ToPurge = await RemovedAsync(purge, ct);
            if (ToPurge is null) return NotFound();
        }
        var access = new ContentListAccess(new HashSet<string>(), new HashSet<string>(), User.OwnerName(), EveryType: true);
        var result = await list.PageAsync(new ContentListFilter(Status: ContentListStatus.RecycleBin, Sort: ContentListSort.Modified), access, number, ct);
        if (result is null) return NotFound();
        Result = result;
        return Page();
    }

    public async Task<IActionResult> OnPostRestoreAsync(string? id, CancellationToken ct)
    {
        var removed = await RemovedAsync(id, ct);
        if (removed is null) return NotFound();
        var restored = await contents.RestoreAsync(removed.ContentItemId, ct);
        Status = restored.Status switch
        {
            ContentSaveStatus.Saved => S["'{0}' was restored as a draft.", removed.DisplayText],
            ContentSaveStatus.Invalid => S["'{0}' could not be restored: {1}", removed.DisplayText, string.Join(" ", restored.ValidationErrors.Select(e => e.Message))],
            _ => S["'{0}' is not in the recycle bin.", removed.DisplayText],
        };
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostPurgeAsync(string? id, CancellationToken ct)
    {
        var removed = await RemovedAsync(id, ct);
        if (removed is null) return NotFound();
        Status = await contents.PurgeAsync(removed.ContentItemId, ct)
            ? S["'{0}' was deleted for good.", removed.DisplayText]
            : S["'{0}' is not in the recycle bin.", removed.DisplayText];
        return RedirectToPage();
    }

    private async Task<ContentListIndex?> RemovedAsync(string? id, CancellationToken ct)
        => id is { Length: > 0 and <= 26 }
            ? await db.Set<ContentListIndex>().AsNoTracking().FirstOrDefaultAsync(x => x.ContentItemId == id && x.RemovedUtc != null, ct)
            : null;

    public string Local(DateTime? utc)
        => utc is { } u ? TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(u, DateTimeKind.Utc), Zone).ToString(SiteClock.DateTimeFormat, System.Globalization.CultureInfo.InvariantCulture) : "";
}
