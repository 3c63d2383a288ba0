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
}
