using UstaOrchard.Core.Caching;
using Xunit;

namespace UstaOrchard.UnitTests.Caching;

public sealed class TaggedMemoryCacheTests
{
    [Fact]
    public async Task Value_IsKept_UntilOneOfItsTagsIsEvicted()
    {
        using var cache = new TaggedMemoryCache();
        var reads = 0;
        Task<int> Read(CancellationToken _) => Task.FromResult(++reads);

        Assert.Equal(1, await cache.GetOrCreateAsync("menu", [CacheTags.Type("Category")], Read, default));
        Assert.Equal(1, await cache.GetOrCreateAsync("menu", [CacheTags.Type("Category")], Read, default));
        await cache.EvictAsync([CacheTags.Type("Link")], default);
        Assert.Equal(1, await cache.GetOrCreateAsync("menu", [CacheTags.Type("Category")], Read, default));
        await cache.EvictAsync([CacheTags.Type("Category")], default);
        Assert.Equal(2, await cache.GetOrCreateAsync("menu", [CacheTags.Type("Category")], Read, default));
    }

    [Fact]
    public async Task EvictionDuringTheRead_KeepsNoStaleEntry()
    {
        using var cache = new TaggedMemoryCache();
        var reads = 0;
        // The change commits and is evicted while the first read is still on its way back from the database.
        var first = await cache.GetOrCreateAsync("links", [CacheTags.Type("Link")], async ct =>
        {
            reads++;
            await cache.EvictAsync([CacheTags.Type("Link")], ct);
            return "old";
        }, default);
        Assert.Equal("old", first);
        var second = await cache.GetOrCreateAsync("links", [CacheTags.Type("Link")], _ => { reads++; return Task.FromResult("new"); }, default);
        Assert.Equal("new", second);
        Assert.Equal(2, reads);
    }

    [Fact]
    public async Task All_EvictsEveryEntry_WhateverItsTags()
    {
        using var cache = new TaggedMemoryCache();
        await cache.GetOrCreateAsync("a", [CacheTags.Type("Link")], _ => Task.FromResult(1), default);
        await cache.GetOrCreateAsync("b", [], _ => Task.FromResult(1), default);
        await cache.GetOrCreateAsync("c", [CacheTags.Item("x")], _ => Task.FromResult(1), default);
        await cache.EvictAsync([CacheTags.All], default);
        foreach (var key in new[] { "a", "b", "c" })
            Assert.Equal(2, await cache.GetOrCreateAsync(key, [CacheTags.Item("x")], _ => Task.FromResult(2), default));
        // Tags evicted through All come back working: a later eviction of one of them still evicts.
        await cache.EvictAsync([CacheTags.Item("x")], default);
        Assert.Equal(3, await cache.GetOrCreateAsync("c", [CacheTags.Item("x")], _ => Task.FromResult(3), default));
    }
}
