using Microsoft.EntityFrameworkCore;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;

namespace Usta.Contents.Versions;

/// <summary>
/// Keeps <c>ContentPublications</c>: publishing a version closes the item's open interval and opens one
/// for this version; unpublishing or deleting the item closes it. Same transaction as the change.
/// </summary>
public sealed class PublicationIntervalHandler(UstaDbContext db, TimeProvider clock) : IContentHandler
{
    // Items created in this unit of work have no interval to close: one statement less per new item.
    private readonly HashSet<string> _created = [];

    public Task CreatedAsync(ContentContext context)
    {
        _created.Add(context.ContentItem.ContentItemId);
        return Task.CompletedTask;
    }

    public async Task PublishedAsync(ContentContext context)
    {
        var item = context.ContentItem;
        if (!_created.Remove(item.ContentItemId)) await CloseAsync(context);
        db.Add(new ContentPublicationRecord
        {
            ContentItemId = item.ContentItemId,
            ContentItemVersionId = item.ContentItemVersionId,
            PublishedUtc = Now(),
        });
    }

    public Task UnpublishedAsync(ContentContext context) => CloseAsync(context);

    public Task RemovedAsync(ContentContext context) => CloseAsync(context);

    private Task CloseAsync(ContentContext context)
    {
        var id = context.ContentItem.ContentItemId;
        var now = Now();
        return db.Set<ContentPublicationRecord>()
            .Where(x => x.ContentItemId == id && x.UnpublishedUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.UnpublishedUtc, now), context.CancellationToken);
    }

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;
}
