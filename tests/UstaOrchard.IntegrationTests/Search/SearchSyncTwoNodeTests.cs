using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Usta.Search.Indexing;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;
using UstaOrchard.IntegrationTests.Infrastructure;
using Xunit;
using static UstaOrchard.IntegrationTests.Search.SearchSyncProbe;

namespace UstaOrchard.IntegrationTests.Search;

/// <summary>Two nodes on one PostgreSQL database, each with its own index folder: both follow every change.</summary>
public sealed class SearchSyncTwoNodeTests
{
    private const string Index = SearchIndexDefinition.DefaultName;

    /// <summary>One database for both hosts, dropped when the last of them is done with it.</summary>
    private sealed class SharedDatabase(TestDatabase inner, int users) : TestDatabase
    {
        private int _users = users;
        public override string Name => inner.Name;
        public override IDictionary<string, string?> Settings(string dataPath) => inner.Settings(dataPath);
        public override Task DropAsync() => Interlocked.Decrement(ref _users) == 0 ? inner.DropAsync() : Task.CompletedTask;
    }

    private static UstaAppFactory NewNode(TestDatabase database, string name)
    {
        var dataPath = Paths.NewDataFolder();
        return new UstaAppFactory(database, dataPath, new Dictionary<string, string?> { ["Search:IndexPath"] = Path.Combine(dataPath, "index-" + name) });
    }

    [SkippableFact]
    public async Task TwoNodes_BothConverge_OnPublishUnpublishAndRebuild()
    {
        var database = new SharedDatabase(TestDatabase.Postgres(), 2);
        await using var first = NewNode(database, "a");
        first.CreateClient().Dispose();
        await using var second = NewNode(database, "b");
        second.CreateClient().Dispose();
        UstaAppFactory[] nodes = [first, second];

        var word = NewWord();
        var id = await NewPageAsync(first.Services, $"Đăng trên máy thứ nhất {word}");
        foreach (var node in nodes) await node.WaitForSearchIndexAsync();
        Assert.All(nodes, node => Assert.Equal([id], Find(node.Services, word)));

        await InScopeAsync(second.Services, sp => sp.GetRequiredService<ContentManager>().UnpublishAsync(id));
        foreach (var node in nodes) await node.WaitForSearchIndexAsync();
        Assert.All(nodes, node => Assert.Empty(Find(node.Services, word)!));

        var generation = await InScopeAsync(first.Services, async sp =>
        {
            await sp.GetRequiredService<SearchIndexManager>().RequestRebuildAsync(Index, "kiem-thu", default);
            return (await sp.GetRequiredService<SearchIndexManager>().GetRecordAsync(Index, default))!.Generation;
        });
        foreach (var node in nodes) await node.WaitForSearchIndexAsync();
        Assert.All(nodes, node => Assert.Equal(generation, node.Services.GetRequiredService<SearchIndexStore>().StateOf(Index)!.Generation));
        Assert.All(nodes, node => Assert.NotEmpty(Find(node.Services, "giao duc chinh tri")!));

        // Each node reports its own row, at the new generation.
        var deadline = DateTime.UtcNow.AddSeconds(5);
        List<SearchNodeState> rows;
        do
        {
            await Task.Delay(100);
            rows = await InScopeAsync(first.Services, sp => sp.GetRequiredService<UstaDbContext>().Set<SearchNodeState>().AsNoTracking()
                .Where(x => x.IndexName == Index).ToListAsync());
        }
        while (rows.Count(r => r.Generation == generation) < 2 && DateTime.UtcNow < deadline);
        Assert.Equal(2, rows.Count(r => r.Generation == generation && r.Documents > 0));
        Assert.Equal(2, rows.Select(r => r.NodeId).Distinct().Count());
    }
}
