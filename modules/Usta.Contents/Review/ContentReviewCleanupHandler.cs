using Microsoft.EntityFrameworkCore;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;

namespace Usta.Contents.Review;

/// <summary>
/// A review request ends when the item is published or removed, however that happens (editor page,
/// bulk action, scheduled publication): the waiting list never shows an item already dealt with.
/// </summary>
public sealed class ContentReviewCleanupHandler(UstaDbContext db) : IContentHandler
{
    public async Task ChangedAsync(ContentContext context)
    {
        // A new item cannot have been submitted: its first save costs no statement here.
        if (context.IsNewItem) return;
        var latest = (await context.IndexedVersionsAsync()).FirstOrDefault(v => v.Latest);
        if (latest is not null && !latest.Published) return;
        var id = context.ContentItem.ContentItemId;
        await db.Set<ContentReviewRecord>().Where(x => x.ContentItemId == id).ExecuteDeleteAsync(context.CancellationToken);
    }
}
