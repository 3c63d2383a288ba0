using Microsoft.EntityFrameworkCore;
using UstaOrchard.Core.Data;

namespace Usta.Search.Indexing;

/// <summary>One index as the admin's status page shows it: its definition and every node's copy.</summary>
public sealed record SearchIndexStatus(
    SearchIndexDefinition Definition,
    int Generation,
    DateTime? RebuildRequestedUtc,
    string? RebuildRequestedBy,
    long LatestTaskId,
    IReadOnlyList<SearchNodeStatus> Nodes);

/// <summary>
/// One node's copy of an index, as the node last reported it. <see cref="Rebuilding"/>: the node has
/// not yet built the current generation. <see cref="PendingTasks"/>: tasks after its cursor (the lag).
/// </summary>
public sealed record SearchNodeStatus(
    string NodeId,
    string MachineName,
    bool IsLive,
    bool Rebuilding,
    int Generation,
    long Cursor,
    long PendingTasks,
    DateTime? OldestPendingUtc,
    int Documents,
    long SizeBytes,
    DateTime? LastRebuildUtc,
    TimeSpan? LastRebuildDuration,
    DateTime LastSeenUtc);

/// <summary>Reads <see cref="SearchIndexStatus"/> from what the nodes report in the database.</summary>
public sealed class SearchIndexStatusReader(UstaDbContext db, TimeProvider clock)
{
    /// <summary>A node that has not reported for this long is not live (its cursor no longer holds back pruning).</summary>
    public static readonly TimeSpan LiveWindow = TimeSpan.FromMinutes(10);

    public async Task<IReadOnlyList<SearchIndexStatus>> GetAllAsync(CancellationToken ct)
    {
        var records = await db.Set<SearchIndexRecord>().AsNoTracking().OrderBy(x => x.Name).ToListAsync(ct);
        var result = new List<SearchIndexStatus>(records.Count);
        foreach (var record in records) result.Add(await StatusOfAsync(record, ct));
        return result;
    }

    public async Task<SearchIndexStatus?> GetAsync(string name, CancellationToken ct)
        => await db.Set<SearchIndexRecord>().AsNoTracking().FirstOrDefaultAsync(x => x.Name == name, ct) is { } record
            ? await StatusOfAsync(record, ct)
            : null;

    private async Task<SearchIndexStatus> StatusOfAsync(SearchIndexRecord record, CancellationToken ct)
    {
        var tasks = db.Set<SearchIndexingTask>().AsNoTracking();
        var latest = await tasks.MaxAsync(x => (long?)x.Id, ct) ?? 0;
        var now = clock.GetUtcNow().UtcDateTime;
        var nodes = await db.Set<SearchNodeState>().AsNoTracking().Where(x => x.IndexName == record.Name)
            .OrderBy(x => x.MachineName).ThenBy(x => x.NodeId).ToListAsync(ct);
        var statuses = new List<SearchNodeStatus>(nodes.Count);
        foreach (var node in nodes)
        {
            var pending = tasks.Where(x => x.Id > node.Cursor);
            statuses.Add(new SearchNodeStatus(node.NodeId, node.MachineName, now - node.LastSeenUtc <= LiveWindow,
                node.Generation < record.Generation, node.Generation, node.Cursor,
                await pending.LongCountAsync(ct), await pending.MinAsync(x => (DateTime?)x.CreatedUtc, ct),
                node.Documents, node.SizeBytes, node.LastRebuildUtc, node.LastRebuildDuration, node.LastSeenUtc));
        }
        return new SearchIndexStatus(SearchIndexManager.ToDefinition(record), record.Generation, record.RebuildRequestedUtc,
            record.RebuildRequestedBy, latest, statuses);
    }
}
