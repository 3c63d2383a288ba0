using System.Buffers;
using System.Globalization;
using System.IO.Pipelines;
using Microsoft.AspNetCore.OutputCaching;

namespace UstaOrchard.Core.Caching;

/// <summary>
/// The output cache store (in memory, or Redis shared by the nodes) with one guard: a page whose
/// rendering started before an eviction of one of its tags is not stored, since it may show what the
/// eviction was about. <see cref="PublicCachePolicy"/> stamps each request with the eviction sequence
/// at its start (a tag this store strips); evictions are remembered for a few minutes.
/// </summary>
public sealed class GuardedOutputCacheStore(IOutputCacheStore inner, TimeProvider clock) : IOutputCacheBufferStore
{
    private const string StampPrefix = "usta-stamp:";
    // A page takes far less to render; an older stamp is not trusted, its page not stored.
    private static readonly TimeSpan Remember = TimeSpan.FromMinutes(2);
    private const int MaxRemembered = 20_000;

    private readonly Lock _lock = new();
    private readonly Queue<(long Sequence, string Tag, long Ticks)> _evictions = new();
    private long _sequence;
    private long _forgottenThrough;

    public IOutputCacheStore Inner => inner;

    /// <summary>The tag that records the eviction sequence now.</summary>
    public string StampNow() => StampPrefix + Interlocked.Read(ref _sequence).ToString(CultureInfo.InvariantCulture);

    public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        Remember_(tag);
        await inner.EvictByTagAsync(tag, cancellationToken);
    }

    /// <summary>Whether a tag of a page being rendered was evicted after its request started.</summary>
    public bool IsStale(string[] tags)
    {
        var (stamp, kept) = Split(tags);
        return stamp is { } s && EvictedSince(s, kept) is not null;
    }

    public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => inner.GetAsync(key, cancellationToken);

    public async ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        var (stamp, kept) = Split(tags);
        if (stamp is { } s && EvictedSince(s, kept) is not null) return;
        await inner.SetAsync(key, value, kept, validFor, cancellationToken);
        await EvictIfRacedAsync(stamp, kept, cancellationToken);
    }

    public ValueTask<bool> TryGetAsync(string key, PipeWriter destination, CancellationToken cancellationToken)
        => inner is IOutputCacheBufferStore buffered ? buffered.TryGetAsync(key, destination, cancellationToken) : CopyAsync(key, destination, cancellationToken);

    public async ValueTask SetAsync(string key, ReadOnlySequence<byte> value, ReadOnlyMemory<string> tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        var (stamp, kept) = Split(tags.ToArray());
        if (stamp is { } s && EvictedSince(s, kept) is not null) return;
        if (inner is IOutputCacheBufferStore buffered) await buffered.SetAsync(key, value, kept, validFor, cancellationToken);
        else await inner.SetAsync(key, value.ToArray(), kept, validFor, cancellationToken);
        await EvictIfRacedAsync(stamp, kept, cancellationToken);
    }

    // An eviction between the check and the write found nothing to evict: evict what it was about now.
    private async ValueTask EvictIfRacedAsync(long? stamp, string[] tags, CancellationToken ct)
    {
        if (stamp is not { } s || EvictedSince(s, tags) is not { } tag) return;
        await inner.EvictByTagAsync(tag, ct);
    }

    private async ValueTask<bool> CopyAsync(string key, PipeWriter destination, CancellationToken ct)
    {
        var bytes = await inner.GetAsync(key, ct);
        if (bytes is null) return false;
        await destination.WriteAsync(bytes, ct);
        return true;
    }

    private void Remember_(string tag)
    {
        var now = clock.GetUtcNow().UtcTicks;
        lock (_lock)
        {
            _evictions.Enqueue((Interlocked.Increment(ref _sequence), tag, now));
            while (_evictions.Count > 0 && (_evictions.Count > MaxRemembered || now - _evictions.Peek().Ticks > Remember.Ticks))
                _forgottenThrough = _evictions.Dequeue().Sequence;
        }
    }

    /// <summary>A tag of <paramref name="tags"/> evicted after <paramref name="stamp"/>, or "all" when that is no longer known.</summary>
    private string? EvictedSince(long stamp, string[] tags)
    {
        lock (_lock)
        {
            if (stamp < _forgottenThrough) return CacheTags.All;
            foreach (var (sequence, tag, _) in _evictions)
                if (sequence > stamp && Array.IndexOf(tags, tag) >= 0) return tag;
        }
        return null;
    }

    private static (long? Stamp, string[] Kept) Split(string[]? tags)
    {
        if (tags is null || tags.Length == 0) return (null, []);
        long? stamp = null;
        var kept = new List<string>(tags.Length);
        foreach (var tag in tags)
        {
            if (tag.StartsWith(StampPrefix, StringComparison.Ordinal)
                && long.TryParse(tag.AsSpan(StampPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
                stamp = value;
            else kept.Add(tag);
        }
        return (stamp, kept.ToArray());
    }
}
