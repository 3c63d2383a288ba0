using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace UstaOrchard.Core.Contents;

/// <summary>The editor's workflow beyond save and publish: clone, discard a draft, the recycle bin.</summary>
public sealed partial class ContentManager
{
    /// <summary>
    /// A new item, a draft owned by the current user, made from the latest version of another.
    /// <paramref name="alter"/> changes the copy before it is saved (the caller's module knows the
    /// title and path parts: "(bản sao)" added, the path emptied so that a new one is made).
    /// </summary>
    public async Task<ContentSaveResult> CloneAsync(string contentItemId, Action<ContentItem> alter, CancellationToken ct = default)
    {
        var source = await GetAsync(contentItemId, VersionOptions.Latest, ct);
        if (source is null) return new ContentSaveResult(ContentSaveStatus.NotFound, null);
        var copy = source.Clone();
        copy.Id = 0;
        copy.ContentItemId = IdGenerator.NewId();
        copy.ContentItemVersionId = IdGenerator.NewId();
        copy.Owner = currentUser.Name ?? "";
        copy.Author = currentUser.Name ?? "";
        copy.CreatedUtc = null;
        copy.ModifiedUtc = null;
        copy.PublishedUtc = null;
        copy.ModifiedBy = null;
        alter(copy);
        var saved = await TryCreateAsync(copy, publish: false, ct);
        if (saved.Succeeded) logger.LogInformation("Cloned {ContentItemId} as {CloneId}", contentItemId, saved.ContentItem!.ContentItemId);
        return saved;
    }

    /// <summary>
    /// Drops the newer draft of a published item: the published version is the latest again. The
    /// draft stays in the history. False when there is no such draft (never published, or no newer draft).
    /// </summary>
    public Task<bool> DiscardDraftAsync(string contentItemId, CancellationToken ct = default)
        => InTransactionAsync(async () =>
        {
            var versions = await db.ContentItems.Where(x => x.ContentItemId == contentItemId && (x.Latest || x.Published)).ToListAsync(ct);
            var latest = versions.FirstOrDefault(v => v.Latest);
            var published = versions.FirstOrDefault(v => v.Published);
            if (latest is null || published is null || latest == published) return false;
            latest.Latest = false;
            latest.ConcurrencyStamp = NewStamp();
            published.Latest = true;
            published.ConcurrencyStamp = NewStamp();
            await db.SaveChangesAsync(ct);
            await ChangedAsync(published, isNewItem: false, ct);
            logger.LogInformation("Discarded draft {VersionId} of {ContentItemId}", latest.ContentItemVersionId, contentItemId);
            return true;
        }, ct);

    /// <summary>
    /// Takes an item out of the recycle bin: its newest version becomes the latest again, as a draft
    /// (it was taken off the public site when removed; publishing it again is an editor's decision).
    /// It goes through the handlers and rules of a save: a path another item took meanwhile gets a
    /// suffix, the HTML is cleaned again, a rule it breaks is an Invalid result. NotFound when the
    /// item is not in the bin.
    /// </summary>
    public Task<ContentSaveResult> RestoreAsync(string contentItemId, CancellationToken ct = default)
        => ConflictSafeAsync(async () =>
        {
            if (await db.ContentItems.AnyAsync(x => x.ContentItemId == contentItemId && (x.Latest || x.Published), ct))
                return new ContentSaveResult(ContentSaveStatus.NotFound, null);
            var newest = await db.ContentItems.Where(x => x.ContentItemId == contentItemId).OrderByDescending(x => x.Id).FirstOrDefaultAsync(ct);
            if (newest is null) return new ContentSaveResult(ContentSaveStatus.NotFound, null);
            newest.Latest = true;
            newest.ModifiedUtc = Now();
            newest.ModifiedBy = currentUser.Name;
            newest.ConcurrencyStamp = NewStamp();
            await InvokeAsync(h => h.UpdatingAsync, newest, ct);
            await ValidateAsync(newest, ct);
            await db.SaveChangesAsync(ct);
            await InvokeAsync(h => h.RestoredAsync, newest, ct);
            await ChangedAsync(newest, isNewItem: false, ct);
            logger.LogInformation("Restored {ContentItemId} from the recycle bin", contentItemId);
            return new ContentSaveResult(ContentSaveStatus.Saved, newest.Clone());
        }, ct);

    /// <summary>
    /// Deletes every version of an item in the recycle bin for good; index handlers then drop their
    /// rows. False when the item is not in the bin (a live item is removed first, never purged at once).
    /// </summary>
    public Task<bool> PurgeAsync(string contentItemId, CancellationToken ct = default)
        => InTransactionAsync(async () =>
        {
            var newest = await db.ContentItems.AsNoTracking().Where(x => x.ContentItemId == contentItemId)
                .OrderByDescending(x => x.Id).FirstOrDefaultAsync(ct);
            if (newest is null || await db.ContentItems.AnyAsync(x => x.ContentItemId == contentItemId && (x.Latest || x.Published), ct)) return false;
            foreach (var tracked in db.ChangeTracker.Entries<ContentItem>().Where(e => e.Entity.ContentItemId == contentItemId).ToList())
                tracked.State = EntityState.Detached;
            await db.ContentItems.Where(x => x.ContentItemId == contentItemId).ExecuteDeleteAsync(ct);
            await ChangedAsync(newest, isNewItem: false, ct);
            logger.LogInformation("Purged {ContentItemId}", contentItemId);
            return true;
        }, ct);
}
