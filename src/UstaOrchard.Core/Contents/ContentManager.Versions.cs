using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace UstaOrchard.Core.Contents;

public sealed partial class ContentManager
{
    /// <summary>One version of an item by its version id; null when the item has no such version.</summary>
    public async Task<ContentItem?> GetVersionAsync(string contentItemId, string contentItemVersionId, CancellationToken ct = default)
        => await db.ContentItems.AsNoTracking()
            .FirstOrDefaultAsync(x => x.ContentItemVersionId == contentItemVersionId && x.ContentItemId == contentItemId, ct);

    /// <summary>
    /// Makes an earlier version's text the item's new draft, a version of its own. It goes through the
    /// editors' save path, so the rules (unique path, lengths) and the conflict check apply; the published
    /// version stays as it is until someone publishes the draft, and a draft there was stays in the history.
    /// </summary>
    public Task<ContentSaveResult> RestoreVersionAsync(string contentItemId, string contentItemVersionId, CancellationToken ct = default)
        => ConflictSafeAsync(async () =>
        {
            var version = await GetVersionAsync(contentItemId, contentItemVersionId, ct);
            var latest = await db.ContentItems.FirstOrDefaultAsync(x => x.ContentItemId == contentItemId && x.Latest, ct);
            if (version is null || latest is null) return new ContentSaveResult(ContentSaveStatus.NotFound, null);

            // A published latest version gets a new draft from the save itself; an unsaved-over draft is
            // kept by copying it to a new row first, so restoring never overwrites anyone's text.
            if (!latest.Published) latest = await KeepDraftAsync(latest, ct);

            var restored = latest.Clone();
            restored.DisplayText = version.DisplayText;
            restored.Content = (System.Text.Json.Nodes.JsonObject)version.Content.DeepClone();
            var saved = await SaveDraftAsync(restored, ct);
            if (saved.Succeeded)
                logger.LogInformation("Restored {ContentItemId} from {FromVersionId} as {VersionId}", contentItemId, contentItemVersionId, saved.ContentItem!.ContentItemVersionId);
            return saved;
        }, ct);

    private async Task<ContentItem> KeepDraftAsync(ContentItem draft, CancellationToken ct)
    {
        var copy = draft.Clone();
        copy.Id = 0;
        copy.ContentItemVersionId = IdGenerator.NewId();
        copy.ConcurrencyStamp = NewStamp();
        draft.Latest = false;
        draft.ConcurrencyStamp = NewStamp();
        db.ContentItems.Add(copy);
        await db.SaveChangesAsync(ct);
        return copy;
    }
}
