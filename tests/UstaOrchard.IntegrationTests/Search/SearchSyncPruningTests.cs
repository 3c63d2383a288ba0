using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Usta.Search.Indexing;
using UstaOrchard.Core.Data;
using UstaOrchard.IntegrationTests.Infrastructure;
using Xunit;
using static UstaOrchard.IntegrationTests.Search.SearchSyncProbe;

namespace UstaOrchard.IntegrationTests.Search;

/// <summary>Task rows go once every live node has applied them, or when old; a node that missed pruned rows rebuilds.</summary>
public sealed class SearchSyncPruningTests
{
    [Fact]
    public async Task Pruning_DeletesTasksUpToTheLowestCursorOfTheLiveNodes()
    {
        await using var factory = new UstaAppFactory();
        factory.CreateClient().Dispose();
        await NewPageAsync(factory.Services, $"Trang {NewWord()}");
        await NewPageAsync(factory.Services, $"Trang {NewWord()}");
        await factory.WaitForSearchIndexAsync();
        // The worker prunes too (at its first pass, then every minute): one landing between the rows below
        // and the test's own prunes would move the mark past what this test asks. It waits meanwhile.
        var worker = factory.Services.GetServices<IHostedService>().OfType<SearchIndexingWorker>().Single();
        await worker.StopAsync(default);
        await InScopeAsync(factory.Services, async sp => { await sp.GetRequiredService<SearchNodeReporter>().ReportAsync(default); return 0; });
        var cursor = factory.Services.GetRequiredService<SearchIndexStore>().StateOf(SearchIndexDefinition.DefaultName)!.Cursor;
        var now = DateTime.UtcNow;
        // A live node further behind holds pruning back; a node away for an hour does not.
        await AddNodeAsync(factory, "live-behind", cursor - 1, now);
        await AddNodeAsync(factory, "away", 0, now.AddHours(-1));

        Assert.Equal(cursor - 1, await PruneAsync(factory));
        Assert.Equal(cursor - 1, await OldestTaskAsync(factory) - 1);

        await InScopeAsync(factory.Services, sp => sp.GetRequiredService<UstaDbContext>().Set<SearchNodeState>().Where(x => x.NodeId == "live-behind").ExecuteDeleteAsync());
        Assert.Equal(cursor, await PruneAsync(factory));
        Assert.Null(await OldestTaskAsync(factory));

        // Ids go on rising after the table was emptied, and the node applies them.
        await worker.StartAsync(default);
        var word = NewWord();
        var id = await NewPageAsync(factory.Services, $"Trang sau khi dọn {word}");
        await factory.WaitForSearchIndexAsync();
        Assert.True(await OldestTaskAsync(factory) > cursor);
        Assert.Equal([id], Find(factory.Services, word));
    }

    [Fact]
    public async Task NodeBehindThePrunedTasks_RebuildsInsteadOfMissingThem()
    {
        await using var factory = new UstaAppFactory();
        factory.CreateClient().Dispose();
        await factory.WaitForSearchIndexAsync();
        var worker = factory.Services.GetServices<IHostedService>().OfType<SearchIndexingWorker>().Single();

        // The node is away while a page is published and its task, older than the retention, is pruned.
        await worker.StopAsync(default);
        var word = NewWord();
        var id = await NewPageAsync(factory.Services, $"Trang khi máy vắng mặt {word}");
        await InScopeAsync(factory.Services, sp => sp.GetRequiredService<UstaDbContext>().Set<SearchIndexingTask>()
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.CreatedUtc, DateTime.UtcNow.AddDays(-30))));
        var prunedThrough = await PruneAsync(factory);
        Assert.Null(await OldestTaskAsync(factory));
        Assert.True(factory.Services.GetRequiredService<SearchIndexStore>().StateOf(SearchIndexDefinition.DefaultName)!.Cursor < prunedThrough);

        await worker.StartAsync(default);
        await factory.WaitForSearchIndexAsync();

        Assert.Equal([id], Find(factory.Services, word));
    }

    private static Task<long> PruneAsync(UstaAppFactory factory)
        => InScopeAsync(factory.Services, sp => sp.GetRequiredService<SearchTaskPruner>().PruneAsync(default));

    private static Task<long?> OldestTaskAsync(UstaAppFactory factory)
        => InScopeAsync(factory.Services, sp => sp.GetRequiredService<UstaDbContext>().Set<SearchIndexingTask>().MinAsync(t => (long?)t.Id));

    private static Task<int> AddNodeAsync(UstaAppFactory factory, string nodeId, long cursor, DateTime seenUtc)
        => InScopeAsync(factory.Services, sp =>
        {
            var db = sp.GetRequiredService<UstaDbContext>();
            db.Add(new SearchNodeState
            {
                NodeId = nodeId, MachineName = "may-khac", IndexName = SearchIndexDefinition.DefaultName, Generation = 1,
                Cursor = cursor, LastSeenUtc = seenUtc,
            });
            return db.SaveChangesAsync();
        });
}
