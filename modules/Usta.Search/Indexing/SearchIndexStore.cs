using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;
using UstaOrchard.Core.Data;

namespace Usta.Search.Indexing;

/// <summary>
/// Where this node keeps its indexes (<c>Search:IndexPath</c>, by default <c>{App:DataPath}/Search</c>)
/// and how often its worker looks for new tasks (<c>Search:Indexing:IntervalMilliseconds</c>, 500) and
/// how long task rows are kept whatever the nodes' cursors (<c>Search:Indexing:TaskRetentionDays</c>, 7).
/// </summary>
public sealed record SearchOptions(string IndexPath)
{
    public TimeSpan Interval { get; init; } = TimeSpan.FromMilliseconds(500);
    public TimeSpan TaskRetention { get; init; } = TimeSpan.FromDays(7);

    public static SearchOptions From(IConfiguration configuration, AppPaths paths)
    {
        var configured = configuration["Search:IndexPath"];
        var path = string.IsNullOrWhiteSpace(configured) ? Path.Combine(paths.DataPath, "Search")
            : Path.IsPathRooted(configured) ? configured : Path.Combine(paths.DataPath, configured);
        var interval = configuration.GetValue("Search:Indexing:IntervalMilliseconds", 500);
        var retention = configuration.GetValue("Search:Indexing:TaskRetentionDays", 7.0);
        return new SearchOptions(Path.GetFullPath(path))
        {
            Interval = TimeSpan.FromMilliseconds(Math.Clamp(interval, 10, 60_000)),
            TaskRetention = TimeSpan.FromDays(Math.Clamp(retention, 0.0001, 3650)),
        };
    }
}

/// <summary>Where this node's copy of an index stands (null from the store when it has none).</summary>
public sealed record SearchCopyState(int Generation, long Cursor, bool Rebuilding, bool Ready);

/// <summary>
/// This node's copies of the indexes, by name. Only <see cref="SearchIndexingWorker"/> installs,
/// swaps and removes copies; the query side only borrows searchers through <see cref="TryAcquire"/>.
/// </summary>
public sealed class SearchIndexStore : IDisposable
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.OrdinalIgnoreCase);

    private sealed class Entry
    {
        public volatile LuceneIndex? Index;
        public volatile IndexCommitState? State;
        public volatile bool Rebuilding;
    }

    /// <summary>
    /// A searcher over this node's copy of the index, or null when it has none ready (the first
    /// build, after the folder was deleted, is still running; or no such index): say "being rebuilt".
    /// While a rebuild runs the previous copy keeps answering.
    /// </summary>
    public SearcherLease? TryAcquire(string name)
    {
        if (!_entries.TryGetValue(name, out var entry)) return null;
        // A swap may retire the copy between the read and the lease: read the new one.
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var index = entry.Index;
            if (index is null) return null;
            if (index.Acquire() is { } lease) return lease;
        }
        return null;
    }

    public SearchCopyState? StateOf(string name)
        => _entries.TryGetValue(name, out var entry) && (entry.Index is not null || entry.Rebuilding)
            ? new SearchCopyState(entry.State?.Generation ?? 0, entry.State?.Cursor ?? 0, entry.Rebuilding, entry.Index is not null)
            : null;

    public IReadOnlyCollection<string> Names => _entries.Keys.ToList();

    internal LuceneIndex? Current(string name) => _entries.TryGetValue(name, out var entry) ? entry.Index : null;

    internal IndexCommitState? CommittedState(string name) => _entries.TryGetValue(name, out var entry) ? entry.State : null;

    internal void SetRebuilding(string name, bool rebuilding) => _entries.GetOrAdd(name, _ => new Entry()).Rebuilding = rebuilding;

    internal void Committed(string name, IndexCommitState state) => _entries.GetOrAdd(name, _ => new Entry()).State = state;

    /// <summary>Makes <paramref name="index"/> the copy searches use; the one it replaces closes and deletes its folder when free.</summary>
    internal void Install(string name, LuceneIndex index, IndexCommitState state, bool deleteReplaced = true)
    {
        var entry = _entries.GetOrAdd(name, _ => new Entry());
        var old = entry.Index;
        entry.State = state;
        entry.Index = index;
        if (old is not null && !ReferenceEquals(old, index)) old.Retire(deleteReplaced);
    }

    /// <summary>Closes this node's copy (its folder is left to the caller).</summary>
    internal void Remove(string name)
    {
        if (_entries.TryRemove(name, out var entry)) entry.Index?.Retire(deleteFolder: false);
    }

    public void Dispose()
    {
        foreach (var entry in _entries.Values) entry.Index?.Retire(deleteFolder: false);
        _entries.Clear();
    }
}
