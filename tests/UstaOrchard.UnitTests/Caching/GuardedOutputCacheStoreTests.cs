using System.Buffers;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using UstaOrchard.Core.Caching;
using Xunit;

namespace UstaOrchard.UnitTests.Caching;

/// <summary>A page whose rendering began before an eviction of one of its tags is never stored.</summary>
public sealed class GuardedOutputCacheStoreTests
{
    private static GuardedOutputCacheStore NewStore()
        => new(new ServiceCollection().AddOptions().AddOutputCache().BuildServiceProvider().GetRequiredService<IOutputCacheStore>(), TimeProvider.System);

    [Fact]
    public async Task EvictionOfItsTag_WhileRendering_KeepsThePageOut()
    {
        var store = NewStore();
        var stamp = store.StampNow();
        await store.EvictByTagAsync(CacheTags.Item("a"), default);
        await store.SetAsync("page-a", [1], [CacheTags.All, CacheTags.Item("a"), stamp], TimeSpan.FromMinutes(1), default);
        Assert.Null(await store.GetAsync("page-a", default));

        // The buffered path the middleware uses with stores that support it.
        await store.SetAsync("page-a", new ReadOnlySequence<byte>([1]), new[] { CacheTags.Item("a"), stamp }, TimeSpan.FromMinutes(1), default);
        Assert.Null(await store.GetAsync("page-a", default));
    }

    [Fact]
    public async Task EvictionOfOtherTags_OrBeforeTheStart_DoesNotKeepThePageOut()
    {
        var store = NewStore();
        await store.EvictByTagAsync(CacheTags.Item("a"), default);
        var stamp = store.StampNow();
        await store.EvictByTagAsync(CacheTags.Item("b"), default);
        await store.SetAsync("page-a", [1], [CacheTags.All, CacheTags.Item("a"), stamp], TimeSpan.FromMinutes(1), default);
        Assert.NotNull(await store.GetAsync("page-a", default));

        // The stamp is the guard's own: the stored entry is not tagged with it, and tag eviction works.
        await store.EvictByTagAsync(CacheTags.All, default);
        Assert.Null(await store.GetAsync("page-a", default));
    }
}
