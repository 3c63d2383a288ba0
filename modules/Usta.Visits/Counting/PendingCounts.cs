using System.Collections.Concurrent;

namespace Usta.Visits.Counting;

/// <summary>
/// Increments not yet in the database, by key. A flush reads a snapshot, writes it, and only after
/// the commit takes exactly what it wrote out of memory: what was counted meanwhile stays, and a
/// failed flush leaves everything for the next one.
/// </summary>
public sealed class PendingCounts<TKey> where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, long> _counts;

    public PendingCounts(IEqualityComparer<TKey>? comparer = null) => _counts = new ConcurrentDictionary<TKey, long>(comparer);

    public void Add(TKey key, long delta = 1) => _counts.AddOrUpdate(key, delta, (_, old) => old + delta);

    public long Get(TKey key) => _counts.TryGetValue(key, out var value) ? value : 0;

    public int Count => _counts.Count;

    public IReadOnlyList<KeyValuePair<TKey, long>> Snapshot() => _counts.Where(x => x.Value != 0).ToList();

    /// <summary>Takes out what a committed flush wrote; a key left at zero goes (unless counted again meanwhile).</summary>
    public void Subtract(IEnumerable<KeyValuePair<TKey, long>> written)
    {
        foreach (var (key, value) in written)
        {
            var left = _counts.AddOrUpdate(key, -value, (_, old) => old - value);
            if (left == 0) _counts.TryRemove(new KeyValuePair<TKey, long>(key, 0));
        }
    }
}
