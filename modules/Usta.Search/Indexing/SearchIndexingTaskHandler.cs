using Microsoft.EntityFrameworkCore;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;

namespace Usta.Search.Indexing;

/// <summary>
/// Writes an indexing task for every saved change of an item, into the unit of work the content
/// manager saves right after the handlers (so in the save's transaction: a rolled-back save leaves
/// no task). Never touches Lucene: each node's <see cref="SearchIndexingWorker"/> applies the tasks.
/// </summary>
public sealed class SearchIndexingTaskHandler(UstaDbContext db, DatabaseSettings database, SearchIndexingSignal signal,
    TimeProvider clock) : IContentHandler
{
    // Any constant key ("USTASRCH"); the same on every node of a site.
    private const string TaskOrderLock = "SELECT pg_advisory_xact_lock(6148350555838366536)";

    public async Task ChangedAsync(ContentContext context)
    {
        var ct = context.CancellationToken;
        // Removed (no latest or published version left) or purged (no version at all): gone from every index.
        var versions = await context.IndexedVersionsAsync();
        var kind = versions.Count == 0 ? SearchTaskKind.Delete : SearchTaskKind.Update;

        if (database.Provider == DatabaseProvider.Postgres)
        {
            // Workers read tasks after their cursor, so task ids must become visible in id order.
            // PostgreSQL hands out identity values at insert time but transactions commit in any
            // order: T1 could take id 7, T2 id 8 and commit first, a worker would move its cursor
            // to 8 and never see 7. Holding this lock from before our insert until our commit makes
            // a transaction with a lower id unable to commit after one with a higher id. It
            // serialises content saves from here to their commit (SQLite serialises writers anyway).
            await db.Database.ExecuteSqlRawAsync(TaskOrderLock, ct);
        }

        db.Add(new SearchIndexingTask
        {
            ContentItemId = context.ContentItem.ContentItemId,
            Kind = kind,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        });
        // Not committed yet: the worker may look too early, and then finds it on its next pass.
        signal.Poke();
    }
}
