using Microsoft.AspNetCore.Http;

namespace UstaOrchard.Core.Caching;

/// <summary>
/// <see cref="TaggedMemoryCache.Evictions"/> as it was when the request began, noted before anything in
/// the request reads data it may remember for the rest of the request (the site's settings are read once
/// per request): HTML rendered from that data is kept only if no eviction came after this moment.
/// </summary>
public static class EvictionBaseline
{
    private static readonly object Key = new();

    /// <summary>Notes the count once per request (a re-executed error page keeps the first, earlier one).</summary>
    public static void Note(HttpContext context, TaggedMemoryCache cache) => context.Items.TryAdd(Key, cache.Evictions);

    /// <summary>The noted count, or the count now when the request was not noted (a render outside the pipeline).</summary>
    public static long Of(HttpContext context, TaggedMemoryCache cache)
        => context.Items.TryGetValue(Key, out var noted) && noted is long count ? count : cache.Evictions;
}
