using Usta.Search.Indexing;
using UstaOrchard.IntegrationTests.Infrastructure;
using Xunit;
using static UstaOrchard.IntegrationTests.Search.SearchSyncProbe;

namespace UstaOrchard.IntegrationTests.Search;

public sealed class SearchSyncRestartTests
{
    [Fact]
    public async Task DeletedIndexFolder_IsRebuiltAtStart_AndEverythingIsFoundAgain()
    {
        var folder = Paths.NewDataFolder();
        var word = NewWord();
        string id, nodeBefore;
        await using (var first = new UstaAppFactory(TestDatabase.Sqlite(), folder) { KeepData = true })
        {
            first.CreateClient().Dispose();
            id = await NewPageAsync(first.Services, $"Trang trước khi xóa chỉ mục {word}");
            await first.WaitForSearchIndexAsync();
            Assert.Equal([id], Find(first.Services, word));
            nodeBefore = File.ReadAllText(Path.Combine(folder, "Search", SearchIndexDefinition.DefaultName, "node-id"));
        }

        Directory.Delete(Path.Combine(folder, "Search"), recursive: true);
        await using var second = new UstaAppFactory(TestDatabase.Sqlite(), folder);
        second.CreateClient().Dispose();
        // Before the first build is done there is no copy: no answer, never an exception.
        Assert.True(Find(second.Services, word) is null or [_]);
        await second.WaitForSearchIndexAsync();

        Assert.Equal([id], Find(second.Services, word));
        Assert.NotEmpty(Find(second.Services, "giao duc chinh tri")!);
        // A new folder is a new node.
        Assert.NotEqual(nodeBefore, File.ReadAllText(Path.Combine(folder, "Search", SearchIndexDefinition.DefaultName, "node-id")));
    }

    [Fact]
    public async Task IndexFolder_DeletedWhileTheSiteRuns_IsRebuilt()
    {
        var folder = Paths.NewDataFolder();
        await using var site = new UstaAppFactory(TestDatabase.Sqlite(), folder);
        site.Logs.Expect(e => e.Message.Contains("was deleted", StringComparison.Ordinal));
        site.CreateClient().Dispose();
        await site.WaitForSearchIndexAsync();
        var copy = Path.Combine(folder, "Search", SearchIndexDefinition.DefaultName);
        Directory.Delete(Path.Combine(copy, File.ReadAllText(Path.Combine(copy, "current")).Trim()), recursive: true);

        var word = NewWord();
        var id = await NewPageAsync(site.Services, $"Trang sau khi xóa chỉ mục {word}");
        await site.WaitForSearchIndexAsync();

        Assert.Equal([id], Find(site.Services, word));
        Assert.NotEmpty(Find(site.Services, "giao duc chinh tri")!);
    }

    [Fact]
    public async Task DamagedIndexFolder_IsRebuiltAtStart()
    {
        var folder = Paths.NewDataFolder();
        await using (var first = new UstaAppFactory(TestDatabase.Sqlite(), folder) { KeepData = true })
        {
            first.CreateClient().Dispose();
            await first.WaitForSearchIndexAsync();
        }
        // Every file of the copy cut to nothing, as a full disk or a bad copy leaves it.
        var copy = Path.Combine(folder, "Search", SearchIndexDefinition.DefaultName);
        foreach (var file in Directory.GetFiles(Path.Combine(copy, File.ReadAllText(Path.Combine(copy, "current")).Trim())))
            File.WriteAllBytes(file, []);

        await using var second = new UstaAppFactory(TestDatabase.Sqlite(), folder);
        second.Logs.Expect(e => e.Message.Contains("cannot be opened", StringComparison.Ordinal));
        second.CreateClient().Dispose();
        await second.WaitForSearchIndexAsync();

        Assert.NotEmpty(Find(second.Services, "giao duc chinh tri")!);
    }
}
