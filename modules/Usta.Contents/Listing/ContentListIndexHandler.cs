using Microsoft.EntityFrameworkCore;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;
using UstaOrchard.Core.Text;

namespace Usta.Contents.Listing;

/// <summary>
/// Keeps an item's <see cref="ContentListIndex"/> row current after every change. Works from the
/// stored versions alone, so it is equally right for a first save, a removal, a purge and an index
/// rebuild of an item that has no row yet.
/// </summary>
public sealed class ContentListIndexHandler(UstaDbContext db, TimeProvider clock) : IContentHandler
{
    public async Task ChangedAsync(ContentContext context)
    {
        var id = context.ContentItem.ContentItemId;
        var ct = context.CancellationToken;
        var versions = await context.IndexedVersionsAsync();
        var row = context.IsNewItem ? null : await db.Set<ContentListIndex>().FirstOrDefaultAsync(x => x.ContentItemId == id, ct);
        var published = versions.FirstOrDefault(v => v.Published);
        var latest = versions.FirstOrDefault(v => v.Latest) ?? published;
        DateTime? removedUtc = null;
        if (latest is null)
        {
            // In the recycle bin (no version is latest or published) or purged (no version at all):
            // the newest stored version still describes a removed item.
            latest = await db.ContentItems.AsNoTracking().Where(x => x.ContentItemId == id)
                .OrderByDescending(x => x.Id).FirstOrDefaultAsync(ct);
            if (latest is null)
            {
                if (row is not null) db.Remove(row);
                return;
            }
            // A rebuild keeps the date the item went to the bin.
            removedUtc = row?.RemovedUtc ?? clock.GetUtcNow().UtcDateTime;
        }

        if (row is null)
        {
            row = new ContentListIndex { ContentItemId = id };
            db.Add(row);
        }
        row.ContentType = latest.ContentType;
        row.DisplayText = latest.DisplayText;
        row.FoldedTitle = VietnameseText.Fold(latest.DisplayText);
        row.Owner = latest.Owner;
        row.Author = latest.Author;
        row.CreatedUtc = latest.CreatedUtc;
        row.ModifiedUtc = latest.ModifiedUtc;
        row.PublishedUtc = published?.PublishedUtc ?? latest.PublishedUtc;
        row.HasPublished = published is not null;
        row.HasDraft = removedUtc is null && !latest.Published;
        row.LatestVersionId = latest.ContentItemVersionId;
        row.RemovedUtc = removedUtc;
    }
}
