using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Primitives;

namespace UstaOrchard.Core.Caching;

/// <summary>
/// Data a page shows on every request (the menu, links, sidebar blocks), kept in memory on this node
/// and dropped by tag when the change feed says what changed. An eviction that arrives while a value is
/// being read from the database invalidates that value, so a block is never kept stale.
/// </summary>
public sealed class TaggedMemoryCache : ICacheEvictionHandler, IDisposable
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 10_000 });
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _tags = new(StringComparer.Ordinal);
    private readonly TimeSpan _maxAge;
    // Counts evictions: a value whose tags are known only once it is read is kept only if none came meanwhile.
    private long _evictions;

    public TaggedMemoryCache(TimeSpan? maxAge = null) => _maxAge = maxAge ?? TimeSpan.FromMinutes(30);

    /// <summary>How many evictions this node has applied: a reader notes it before reading what it will keep (<see cref="EvictionBaseline"/>).</summary>
    public long Evictions => Interlocked.Read(ref _evictions);

    /// <summary>
    /// The cached value of <paramref name="key"/>, or <paramref name="factory"/>'s, kept until one of
    /// <paramref name="tags"/> (or <see cref="CacheTags.All"/>) is evicted, at most the maximum age.
    /// With <paramref name="notEvictedSince"/> (an <see cref="Evictions"/> count noted earlier), the value
    /// is kept only if no eviction came after it: for a factory that uses data read before it was called.
    /// </summary>
    public async Task<T> GetOrCreateAsync<T>(string key, IReadOnlyCollection<string> tags, Func<CancellationToken, Task<T>> factory,
        CancellationToken cancellationToken, long? notEvictedSince = null)
    {
        if (_cache.TryGetValue(key, out var found) && found is T value) return value;

        // Tokens first, then the read: an eviction between the two cancels a token and the entry dies.
        var tokens = new List<IChangeToken>(tags.Count + 1) { TokenOf(CacheTags.All) };
        foreach (var tag in tags) tokens.Add(TokenOf(tag));
        var created = await factory(cancellationToken);
        // The tokens cover evictions from here on; the count, those between the noted moment and the tokens.
        if (notEvictedSince is { } noted && Interlocked.Read(ref _evictions) != noted) return created;
        using var entry = _cache.CreateEntry(key);
        entry.Value = created;
        entry.Size = 1;
        entry.AbsoluteExpirationRelativeToNow = _maxAge;
        foreach (var token in tokens) entry.ExpirationTokens.Add(token);
        return created;
    }

    /// <summary>
    /// Like <see cref="GetOrCreateAsync{T}(string, IReadOnlyCollection{string}, Func{CancellationToken, Task{T}}, CancellationToken)"/>
    /// for a value whose tags are known only once it is read (a page's item and its categories): the
    /// factory returns them with the value, null tags to keep nothing. Since no token existed during the
    /// read, the value is kept only if no eviction at all arrived meanwhile. At most <paramref name="maxAge"/>;
    /// <paramref name="size"/> counts against the cache's 10,000 units (a block is 1), and such values are
    /// dropped before the blocks when the cache is full.
    /// </summary>
    public async Task<T> GetOrCreateAsync<T>(string key, Func<CancellationToken, Task<(T Value, IReadOnlyCollection<string>? Tags)>> factory,
        TimeSpan maxAge, int size, CancellationToken cancellationToken)
    {
        if (_cache.TryGetValue(key, out var found) && found is T value) return value;

        var evictionsBefore = Interlocked.Read(ref _evictions);
        var (created, tags) = await factory(cancellationToken);
        if (tags is null) return created;
        // Tokens first, then the check: an eviction after the check cancels a token taken before it.
        var tokens = new List<IChangeToken>(tags.Count + 1) { TokenOf(CacheTags.All) };
        foreach (var tag in tags) tokens.Add(TokenOf(tag));
        if (Interlocked.Read(ref _evictions) != evictionsBefore) return created;
        using var entry = _cache.CreateEntry(key);
        entry.Value = created;
        entry.Size = size;
        entry.Priority = CacheItemPriority.Low;
        entry.AbsoluteExpirationRelativeToNow = maxAge < _maxAge ? maxAge : _maxAge;
        foreach (var token in tokens) entry.ExpirationTokens.Add(token);
        return created;
    }

    public Task EvictAsync(IReadOnlyCollection<string> tags, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _evictions);
        foreach (var tag in tags)
        {
            if (tag == CacheTags.All)
            {
                // Every entry carries All's token; the others go too, so no source outlives its entries.
                foreach (var known in _tags.Keys) Cancel(known);
                continue;
            }
            Cancel(tag);
        }
        return Task.CompletedTask;
    }

    private CancellationChangeToken TokenOf(string tag) =>
        new(_tags.GetOrAdd(tag, static _ => new CancellationTokenSource()).Token);

    private void Cancel(string tag)
    {
        if (!_tags.TryRemove(tag, out var source)) return;
        // Not disposed: an entry being created may still register on its token, which must then fire at once.
        source.Cancel();
    }

    public void Dispose()
    {
        _cache.Dispose();
        foreach (var source in _tags.Values) source.Dispose();
    }
}
