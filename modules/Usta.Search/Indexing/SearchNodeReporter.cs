using Microsoft.EntityFrameworkCore;
using UstaOrchard.Core.Data;

namespace Usta.Search.Indexing;

/// <summary>Writes where this node's copies stand to SearchNodes (one row per node and index): the admin reads it, pruning waits for it.</summary>
public sealed class SearchNodeReporter(UstaDbContext db, SearchIndexStore store, LocalIndexFolders folders, TimeProvider clock)
{
    public async Task ReportAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var name in store.Names)
        {
            var index = store.Current(name);
            var committed = store.CommittedState(name);
            if (index is null || committed is null) continue;
            var nodeId = folders.NodeIdOf(name);
            var row = await db.Set<SearchNodeState>().FirstOrDefaultAsync(x => x.NodeId == nodeId && x.IndexName == name, ct);
            if (row is null)
            {
                row = new SearchNodeState { NodeId = nodeId, IndexName = name };
                db.Add(row);
            }
            row.MachineName = Environment.MachineName;
            row.Generation = committed.Generation;
            row.Cursor = committed.Cursor;
            row.Documents = index.Documents;
            row.SizeBytes = index.SizeBytes;
            row.LastRebuildUtc = committed.RebuiltUtc;
            row.LastRebuildDuration = committed.RebuildDuration;
            row.LastSeenUtc = now;
        }
        await db.SaveChangesAsync(ct);
    }
}
