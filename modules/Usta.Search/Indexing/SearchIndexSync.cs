using System.Diagnostics;
using Lucene.Net.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using UstaOrchard.Core.Data;

namespace Usta.Search.Indexing;

/// <summary>
/// One pass of this node's worker over every index defined in the database: a copy that is
/// missing, of an older generation, or behind the pruned tasks is rebuilt into a new folder (the
/// old copy answers meanwhile); otherwise the tasks after its cursor are applied in id order, each
/// batch committed with its new cursor. Copies of indexes no longer defined are deleted.
/// </summary>
public sealed class SearchIndexSync(UstaDbContext db, SearchIndexStore store, LocalIndexFolders folders, SearchIndexRebuilder rebuilder,
    SearchDocumentBuilder builder, SearchIndexSyncState state, TimeProvider clock, ILogger<SearchIndexSync> logger)
{
    public const int BatchSize = 500;

    /// <summary>True when a copy changed (rebuilt, tasks applied, removed).</summary>
    public async Task<bool> RunAsync(CancellationToken ct)
    {
        var records = await db.Set<SearchIndexRecord>().AsNoTracking().ToListAsync(ct);
        var prunedThrough = await PrunedThroughAsync(ct);
        // Ids only grow: a copy that has applied more than the database ever handed out belongs to
        // another database (restored from a backup, replaced, its sequence reset) and is rebuilt.
        var handedOut = Math.Max(await db.Set<SearchIndexingTask>().MaxAsync(t => (long?)t.Id, ct) ?? 0, prunedThrough);
        var changed = false;
        foreach (var record in records)
        {
            try
            {
                changed |= await SyncAsync(record.Generation, SearchIndexManager.ToDefinition(record), prunedThrough, handedOut, ct);
                if (state.Failing.Remove(record.Name)) logger.LogInformation("Search index {Index} is kept current again", record.Name);
            }
            catch (Exception e) when (!ct.IsCancellationRequested && e is IOException or UnauthorizedAccessException or ObjectDisposedException)
            {
                // This node's copy is unusable (its folder deleted or damaged under us, the disk full):
                // drop it; the next pass rebuilds it from the database (searches say "being rebuilt"
                // meanwhile). One index's trouble never stops the others.
                if (state.Failing.Add(record.Name))
                    logger.LogError(e, "Search index {Index}: this node's copy failed and is rebuilt from the database", record.Name);
                if (store.Current(record.Name) is { } broken)
                {
                    store.Remove(record.Name);
                    LocalIndexFolders.DeleteQuietly(broken.Folder);
                }
                changed = true;
            }
        }

        var defined = records.Select(r => r.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var name in store.Names.Concat(folders.IndexNames()).Distinct(StringComparer.OrdinalIgnoreCase).Where(n => !defined.Contains(n)).ToList())
        {
            store.Remove(name);
            folders.DeleteIndex(name);
            logger.LogInformation("Deleted this node's copy of search index {Index}: it is no longer defined", name);
            changed = true;
        }
        return changed;
    }

    private async Task<bool> SyncAsync(int generation, SearchIndexDefinition definition, long prunedThrough, long handedOut, CancellationToken ct)
    {
        var name = definition.Name;
        var index = store.Current(name);
        if (index is not null && !System.IO.Directory.Exists(index.Folder))
        {
            // Deleted while this node runs (an operator cleaning up): rebuild it, as at a start without it.
            logger.LogWarning("Search index {Index}: the folder of this node's copy was deleted; rebuilding it", name);
            store.Remove(name);
            index = null;
        }
        if (index is null && !TryOpenFromDisk(name, out index)) return false;
        var committed = store.CommittedState(name);
        if (index is null || committed is null || committed.Generation != generation || committed.Cursor < prunedThrough || committed.Cursor > handedOut)
        {
            await RebuildAsync(generation, definition, prunedThrough, ct);
            return true;
        }
        return await ApplyTasksAsync(index, committed, definition, ct);
    }

    /// <summary>At start: the copy the pointer names, if any. False when another process holds its folder.</summary>
    private bool TryOpenFromDisk(string name, out LuceneIndex? index)
    {
        index = null;
        var folder = folders.CurrentFolder(name);
        if (folder is null)
        {
            DeleteStaleFolders(name, null);
            return true;
        }
        try
        {
            index = new LuceneIndex(name, folder);
        }
        catch (LockObtainFailedException e)
        {
            if (state.LockFailed.Add(folder))
                logger.LogError(e, "Search index folder {Folder} is locked by another process: every node (process) needs its own Search:IndexPath. This node leaves index {Index} alone until the lock is released", folder, name);
            return false;
        }
        catch (IOException e)
        {
            // A damaged copy (a truncated segments file, a half-copied folder): rebuild it rather than fail forever.
            logger.LogError(e, "Search index {Index}: this node's copy in {Folder} cannot be opened; it is rebuilt from the database", name, folder);
            LocalIndexFolders.DeleteQuietly(folder);
            return true;
        }
        state.LockFailed.Remove(folder);
        DeleteStaleFolders(name, folder);
        if (IndexCommitState.From(index.CommitData) is { } committed)
        {
            store.Install(name, index, committed);
            logger.LogInformation("Opened search index {Index} at {Folder}: generation {Generation}, task {Cursor}", name, folder, committed.Generation, committed.Cursor);
        }
        else
        {
            // Never committed by a worker: rebuild it, as if it were not there.
            index.Retire(deleteFolder: true);
            index = null;
        }
        return true;
    }

    // Generation folders a rebuild left behind when the process stopped before it swapped them in.
    private void DeleteStaleFolders(string name, string? current)
    {
        foreach (var stale in folders.OtherGenerationFolders(name, current).ToList()) LocalIndexFolders.DeleteQuietly(stale);
    }

    private async Task RebuildAsync(int generation, SearchIndexDefinition definition, long prunedThrough, CancellationToken ct)
    {
        var name = definition.Name;
        store.SetRebuilding(name, true);
        try
        {
            // The high-water mark first: a change saved while we read the items has a task after it
            // and is applied next pass (applying it twice does no harm: a task indexes the item as it is).
            var highWater = Math.Max(await db.Set<SearchIndexingTask>().MaxAsync(t => (long?)t.Id, ct) ?? 0, prunedThrough);
            var started = clock.GetUtcNow().UtcDateTime;
            var watch = Stopwatch.StartNew();
            folders.NodeIdOf(name);
            var folder = folders.NewGenerationFolder(name, generation, started);
            var fresh = new LuceneIndex(name, folder);
            IndexCommitState built;
            int documents;
            try
            {
                documents = await rebuilder.FillAsync(fresh, definition, ct);
                built = new IndexCommitState(highWater, generation, started, watch.Elapsed);
                fresh.Commit(built.ToData());
                folders.PointTo(name, folder);
            }
            catch
            {
                fresh.Retire(deleteFolder: true);
                throw;
            }
            store.Install(name, fresh, built);
            logger.LogInformation("Rebuilt search index {Index} (generation {Generation}) in {Folder}: {Documents} documents in {Milliseconds} ms, up to task {Cursor}",
                name, generation, folder, documents, (long)watch.Elapsed.TotalMilliseconds, highWater);
        }
        finally
        {
            store.SetRebuilding(name, false);
        }
    }

    private async Task<bool> ApplyTasksAsync(LuceneIndex index, IndexCommitState committed, SearchIndexDefinition definition, CancellationToken ct)
    {
        var types = definition.IndexedContentTypes.ToHashSet(StringComparer.Ordinal);
        var applied = false;
        while (true)
        {
            var cursor = committed.Cursor;
            var tasks = await db.Set<SearchIndexingTask>().AsNoTracking().Where(t => t.Id > cursor).OrderBy(t => t.Id)
                .Take(BatchSize).Select(t => new { t.Id, t.ContentItemId }).ToListAsync(ct);
            if (tasks.Count == 0) return applied;
            // Pruned while we read (this node was not counted live): the batch may miss tasks.
            var prunedThrough = await PrunedThroughAsync(ct);
            if (prunedThrough > cursor)
            {
                await RebuildAsync(committed.Generation, definition, prunedThrough, ct);
                return true;
            }

            var ids = tasks.Select(t => t.ContentItemId).Distinct().ToList();
            var current = await db.ContentItems.AsNoTracking()
                .Where(x => ids.Contains(x.ContentItemId) && (definition.IndexLatest ? x.Latest : x.Published))
                .ToListAsync(ct);
            var indexed = current.Where(x => types.Contains(x.ContentType)).ToList();
            index.Update(await builder.BuildAsync(indexed, ct));
            index.Delete(ids.Except(indexed.Select(x => x.ContentItemId)));
            committed = committed with { Cursor = tasks[^1].Id };
            index.Commit(committed.ToData());
            store.Committed(definition.Name, committed);
            applied = true;
            if (tasks.Count < BatchSize) return applied;
        }
    }

    private async Task<long> PrunedThroughAsync(CancellationToken ct)
        => await db.Set<SearchTaskPruning>().AsNoTracking().Where(x => x.Id == 1).Select(x => (long?)x.PrunedThrough).FirstOrDefaultAsync(ct) ?? 0;
}

/// <summary>What this node's worker remembers between passes.</summary>
public sealed class SearchIndexSyncState
{
    /// <summary>Folders found locked by another process, already logged.</summary>
    public HashSet<string> LockFailed { get; } = [];

    /// <summary>Indexes whose copy failed, already logged.</summary>
    public HashSet<string> Failing { get; } = new(StringComparer.OrdinalIgnoreCase);
}
