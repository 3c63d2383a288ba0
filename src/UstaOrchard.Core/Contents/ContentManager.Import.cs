using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using UstaOrchard.Core.Data;

namespace UstaOrchard.Core.Contents;

// Import: items as recipes and exports hold them.
public sealed partial class ContentManager
{
    /// <summary>
    /// Brings in an item as a recipe or export holds it, keeping its dates, owner and author. A
    /// version already stored unchanged is skipped (so applying a recipe twice changes nothing),
    /// unless the recipe publishes it and it is not published any more; a changed one is updated;
    /// a new version id becomes the latest version unless the stored latest one is newer. The version
    /// the recipe marks published is the published one.
    /// </summary>
    /// <param name="history">
    /// The file says <c>"Latest": false</c>: a version kept as history (an export of every version, the
    /// recycle bin's items). It never takes the place of a stored latest version, and becomes the latest
    /// only when it is published and the item has no latest yet; one that ends neither latest nor
    /// published is stored as the file holds it, without the handlers that complete an editor's version.
    /// </param>
    public Task<ContentImportStatus> ImportAsync(ContentItem item, CancellationToken ct = default)
        => ImportAsync(item, history: false, ct);

    public Task<ContentImportStatus> ImportAsync(ContentItem item, bool history, CancellationToken ct = default)
        => InTransactionAsync(async () =>
        {
            // One query finds the stored version of that id, the item's latest version, and whether the item
            // has any version at all (history, the recycle bin: then it is not new, and the index handlers
            // must read what is stored): the matching version first, then the latest, then any other.
            var versionId = item.ContentItemVersionId;
            var stored = new List<ContentItem>(2);
            var versions = string.IsNullOrEmpty(versionId)
                ? LatestOrAnyVersion.For(db)(db, item.ContentItemId)
                : VersionLatestOrAny.For(db)(db, versionId, item.ContentItemId);
            await foreach (var version in versions.WithCancellation(ct)) stored.Add(version);
            var existing = string.IsNullOrEmpty(versionId) ? null : stored.FirstOrDefault(x => x.ContentItemVersionId == versionId);
            if (existing is not null && existing.ContentItemId != item.ContentItemId)
                throw new ContentValidationException(S["ContentItemVersionId {0} belongs to another item ({1}).", item.ContentItemVersionId, existing.ContentItemId]);

            var latest = existing ?? stored.FirstOrDefault(x => x.ContentItemId == item.ContentItemId && x.Latest);
            var isNew = !stored.Any(x => x.ContentItemId == item.ContentItemId);
            var row = new ContentItem
            {
                ContentItemId = item.ContentItemId,
                ContentItemVersionId = existing?.ContentItemVersionId
                                       ?? (string.IsNullOrEmpty(item.ContentItemVersionId) ? IdGenerator.NewId() : item.ContentItemVersionId),
                ContentType = item.ContentType,
                CreatedUtc = latest?.CreatedUtc,
                ModifiedUtc = existing?.ModifiedUtc,
                PublishedUtc = existing?.PublishedUtc,
            };
            CopyImported(item, row);
            row.ModifiedBy = item.ModifiedBy ?? existing?.ModifiedBy;
            var now = Now();
            row.CreatedUtc ??= now;
            row.ModifiedUtc ??= now;
            if (item.Published) row.PublishedUtc ??= now;

            // Versions may come in any order (a recipe lists history, a second recipe brings an older
            // one): the newest by its modified date stays the latest.
            var becomesLatest = history
                ? latest is null && item.Published
                : latest is null || !(latest.ModifiedUtc > row.ModifiedUtc);
            var storedAsIs = existing is null && history && !becomesLatest && !item.Published;

            // Handlers complete the item (a path from the title, say) before it is compared, so an
            // item whose file leaves such values out still counts as unchanged the second time.
            if (!storedAsIs) await InvokeAsync(isNew ? h => h.CreatingAsync : h => h.UpdatingAsync, row, ct);
            var sameAsStored = existing is not null || string.IsNullOrEmpty(item.ContentItemVersionId);
            if (latest is not null && sameAsStored && SameVersion(latest, row))
            {
                // Only the published state may differ: an editor unpublished what the recipe publishes.
                if (!item.Published || latest.Published) return ContentImportStatus.Unchanged;
                await ValidateAsync(latest, ct);
                await PublishLatestAsync(latest, ct);
                return ContentImportStatus.Updated;
            }
            if (!storedAsIs) await ValidateAsync(row, ct);

            if (existing is not null)
            {
                CopyImported(row, existing);
                await db.SaveChangesAsync(ct);
                await InvokeAsync(h => h.UpdatedAsync, existing, ct);
                if (item.Published && !existing.Published) await PublishLatestAsync(existing, ct);
                else await ChangedAsync(existing, isNewItem: false, ct);
                return ContentImportStatus.Updated;
            }

            if (latest is not null && becomesLatest)
            {
                latest.Latest = false;
                latest.ConcurrencyStamp = NewStamp();
            }
            row.Latest = becomesLatest;
            if (item.Published)
            {
                await InvokeAsync(h => h.PublishingAsync, row, ct);
                if (!isNew) await UnpublishOthersAsync(item.ContentItemId, ct);
                row.Published = true;
            }
            db.ContentItems.Add(row);
            // A new item's row needs nothing saved before the handlers' rows: one save below writes them all.
            // Not a version kept as history: the list's handler reads it back from the database.
            if (!isNew || storedAsIs) await db.SaveChangesAsync(ct);

            if (!storedAsIs) await InvokeAsync(isNew ? h => h.CreatedAsync : h => h.UpdatedAsync, row, ct);
            if (row.Published) await InvokeAsync(h => h.PublishedAsync, row, ct);
            // A version stored as history is not one the index handlers may take as the item's only version.
            await ChangedAsync(row, isNew && !storedAsIs, ct);
            return isNew ? ContentImportStatus.Created : ContentImportStatus.Updated;
        }, ct);

    // Asked for every item of a recipe: compiled once, not looked up in EF's query cache each time.
    private static readonly CompiledQuery<Func<UstaDbContext, string, string, IAsyncEnumerable<ContentItem>>> VersionLatestOrAny = new(() => EF.CompileAsyncQuery(
        (UstaDbContext db, string versionId, string contentItemId) => db.ContentItems
            .Where(x => x.ContentItemVersionId == versionId || x.ContentItemId == contentItemId)
            .OrderByDescending(x => x.ContentItemVersionId == versionId).ThenByDescending(x => x.Latest)
            .Take(2)));

    private static readonly CompiledQuery<Func<UstaDbContext, string, IAsyncEnumerable<ContentItem>>> LatestOrAnyVersion = new(() => EF.CompileAsyncQuery(
        (UstaDbContext db, string contentItemId) => db.ContentItems.Where(x => x.ContentItemId == contentItemId).OrderByDescending(x => x.Latest).Take(1)));

    private static bool SameVersion(ContentItem stored, ContentItem incoming)
        => stored.ContentType == incoming.ContentType
           && stored.DisplayText == incoming.DisplayText
           && stored.Owner == incoming.Owner
           && stored.Author == incoming.Author
           && SameTime(stored.CreatedUtc, incoming.CreatedUtc)
           && SameTime(stored.ModifiedUtc, incoming.ModifiedUtc)
           && SameTime(stored.PublishedUtc, incoming.PublishedUtc)
           && JsonNode.DeepEquals(stored.Content, incoming.Content);

    // Databases keep microseconds at most.
    private static bool SameTime(DateTime? stored, DateTime? incoming)
        => stored is null == incoming is null && (stored is null || Math.Abs((stored.Value - incoming!.Value).TotalMilliseconds) < 1);

    private static void CopyImported(ContentItem from, ContentItem to)
    {
        to.DisplayText = from.DisplayText;
        to.Owner = from.Owner;
        to.Author = from.Author;
        to.CreatedUtc = from.CreatedUtc ?? to.CreatedUtc;
        to.ModifiedUtc = from.ModifiedUtc ?? to.ModifiedUtc;
        to.PublishedUtc = from.PublishedUtc ?? to.PublishedUtc;
        to.Content = (JsonObject)from.Content.DeepClone();
        to.ModifiedBy = from.ModifiedBy ?? to.ModifiedBy;
        to.ConcurrencyStamp = NewStamp();
    }
}
