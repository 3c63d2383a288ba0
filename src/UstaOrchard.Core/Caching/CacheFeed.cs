using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace UstaOrchard.Core.Caching;

/// <summary>
/// This node's end of the change feed: hands tags to every <see cref="ICacheEvictionHandler"/>, and
/// remembers which feed rows this process already evicted when it committed them, so that the follower
/// does not evict them a second time (a second eviction would only throw away fresh entries).
/// </summary>
public sealed class CacheFeed(IServiceProvider services, ILogger<CacheFeed> logger)
{
    private readonly ConcurrentDictionary<long, byte> _evictedHere = new();
    private ICacheEvictionHandler[]? _handlers;

    // Resolved late: the handlers' stores must not be built while the database context is being configured.
    private ICacheEvictionHandler[] Handlers => _handlers ??= services.GetServices<ICacheEvictionHandler>().ToArray();

    public async Task EvictAsync(IReadOnlyCollection<string> tags, CancellationToken ct)
    {
        if (tags.Count == 0) return;
        foreach (var handler in Handlers)
        {
            try
            {
                await handler.EvictAsync(tags, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One store away (Redis down) must not stop the others; the entries expire at their maximum age.
                logger.LogError(e, "Evicting {Tags} from {Cache} failed", string.Join(", ", tags), handler.GetType().Name);
            }
        }
    }

    /// <summary>Rows this process committed: evicted now, skipped by the follower.</summary>
    public async Task EvictCommittedAsync(IReadOnlyCollection<CacheChange> rows)
    {
        foreach (var row in rows.Where(r => r.Id > 0)) _evictedHere.TryAdd(row.Id, 0);
        var tags = rows.SelectMany(r => r.TagList).ToHashSet(StringComparer.Ordinal);
        // Committed: the eviction must happen even when the request that made the change is cancelled.
        await EvictAsync(tags, CancellationToken.None);
    }

    /// <summary>Whether this process evicted the row when it committed it (and forgets it: the cursor moves past).</summary>
    public bool TakeEvictedHere(long id) => _evictedHere.TryRemove(id, out _);

    /// <summary>Forgets rows the follower's cursor already passed (a row evicted here before the follower started).</summary>
    public void ForgetThrough(long id)
    {
        foreach (var key in _evictedHere.Keys.Where(k => k <= id)) _evictedHere.TryRemove(key, out _);
    }
}
