using Microsoft.EntityFrameworkCore;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;

namespace Usta.Contents.Scheduling;

/// <summary>
/// An item taken off the site or deleted keeps no plan to publish it: the editor's later decision wins
/// over the earlier plan. Runs in the same transaction as the unpublish or delete.
/// </summary>
public sealed class ScheduleCancellationHandler(UstaDbContext db) : IContentHandler
{
    public Task UnpublishedAsync(ContentContext context) => CancelAsync(context);

    public Task RemovedAsync(ContentContext context) => CancelAsync(context);

    private Task CancelAsync(ContentContext context)
    {
        var id = context.ContentItem.ContentItemId;
        return db.Set<ScheduledPublicationRecord>().Where(x => x.ContentItemId == id).ExecuteDeleteAsync(context.CancellationToken);
    }
}
