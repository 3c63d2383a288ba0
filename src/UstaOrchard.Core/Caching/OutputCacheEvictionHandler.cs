using Microsoft.AspNetCore.OutputCaching;

namespace UstaOrchard.Core.Caching;

/// <summary>Drops the output-cached pages that carry an evicted tag (in Redis: for every node at once).</summary>
public sealed class OutputCacheEvictionHandler(IOutputCacheStore store) : ICacheEvictionHandler
{
    public async Task EvictAsync(IReadOnlyCollection<string> tags, CancellationToken cancellationToken)
    {
        foreach (var tag in tags) await store.EvictByTagAsync(tag, cancellationToken);
    }
}
