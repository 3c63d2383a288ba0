using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace UstaOrchard.Core.Contents;

public sealed partial class ContentManager
{
    /// <summary>
    /// Corrects the latest and the published version of an item in place, without a new version:
    /// for mechanical fixes that must reach what readers see and what editors work on alike (a
    /// renamed media file), which a draft-then-publish cycle cannot do without publishing a draft.
    /// <paramref name="rewrite"/> changes a version's content and says whether it did. Handlers see
    /// an update and index rows are refreshed; an editor holding an older stamp gets a conflict.
    /// Older versions in the history are left as they were. Returns how many versions changed.
    /// </summary>
    public Task<int> RewriteInPlaceAsync(string contentItemId, Func<ContentItem, bool> rewrite, CancellationToken ct = default)
        => InTransactionAsync(async () =>
        {
            var versions = await db.ContentItems.Where(x => x.ContentItemId == contentItemId && (x.Latest || x.Published)).ToListAsync(ct);
            var changed = new List<ContentItem>();
            foreach (var version in versions)
            {
                var copy = version.Clone();
                if (!rewrite(copy)) continue;
                version.Content = copy.Content;
                version.ConcurrencyStamp = NewStamp();
                await InvokeAsync(h => h.UpdatingAsync, version, ct);
                await ValidateAsync(version, ct);
                changed.Add(version);
            }
            if (changed.Count == 0) return 0;
            await db.SaveChangesAsync(ct);
            foreach (var version in changed) await InvokeAsync(h => h.UpdatedAsync, version, ct);
            await ChangedAsync(versions.FirstOrDefault(v => v.Latest) ?? versions[0], isNewItem: false, ct);
            logger.LogInformation("Rewrote {Count} version(s) of {ContentItemId} in place", changed.Count, contentItemId);
            return changed.Count;
        }, ct);
}
