using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using UstaOrchard.Core.Data;

namespace Usta.Search.Indexing;

/// <summary>
/// Deletes the task rows every live node has applied (ids up to the lowest cursor of the nodes seen
/// within <see cref="SearchIndexStatusReader.LiveWindow"/>, over all indexes) and the rows older than
/// the retention whatever the cursors, and records up to where: a node that was away and is behind
/// that point rebuilds instead of missing tasks. Node rows not seen for the retention go too.
/// </summary>
public sealed class SearchTaskPruner(UstaDbContext db, DatabaseSettings database, SearchOptions options, TimeProvider clock, ILogger<SearchTaskPruner> logger)
{
    // Any constant key ("USTAPRUN"); the same on every node of a site.
    private const string PruneLock = "SELECT pg_advisory_xact_lock(6148350555788039502)";

    /// <summary>Returns the id tasks are now pruned through.</summary>
    public async Task<long> PruneAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var liveSince = now - SearchIndexStatusReader.LiveWindow;
        var oldBefore = now - options.TaskRetention;
        var tasks = db.Set<SearchIndexingTask>();

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // Nodes prune one at a time: the mark only ever rises, and its row is created once.
        if (database.Provider == DatabaseProvider.Postgres) await db.Database.ExecuteSqlRawAsync(PruneLock, ct);
        var appliedByAll = await db.Set<SearchNodeState>().Where(x => x.LastSeenUtc >= liveSince).MinAsync(x => (long?)x.Cursor, ct) ?? 0;
        var newestOld = await tasks.Where(x => x.CreatedUtc < oldBefore).MaxAsync(x => (long?)x.Id, ct) ?? 0;
        var through = Math.Max(appliedByAll, newestOld);
        var pruning = await db.Set<SearchTaskPruning>().FirstOrDefaultAsync(x => x.Id == 1, ct);
        if (pruning is null)
        {
            pruning = new SearchTaskPruning();
            db.Add(pruning);
        }
        var deleted = 0;
        if (through > pruning.PrunedThrough)
        {
            // The mark is written in the same transaction as the deletion: a worker that reads tasks
            // and then the mark sees the mark whenever its read may have missed pruned rows.
            deleted = await tasks.Where(x => x.Id <= through).ExecuteDeleteAsync(ct);
            pruning.PrunedThrough = through;
            pruning.PrunedUtc = now;
        }
        var nodes = await db.Set<SearchNodeState>().Where(x => x.LastSeenUtc < oldBefore).ExecuteDeleteAsync(ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        if (deleted > 0 || nodes > 0)
            logger.LogInformation("Pruned {Tasks} search indexing tasks (through {Through}) and {Nodes} silent nodes", deleted, pruning.PrunedThrough, nodes);
        return pruning.PrunedThrough;
    }
}
