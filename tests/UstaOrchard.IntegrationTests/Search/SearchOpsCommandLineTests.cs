using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.Extensions.DependencyInjection;
using Usta.Search.Indexing;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Search;

/// <summary><c>search rebuild [INDEX]</c>, run as an operator runs it, and beside a running site that holds the index.</summary>
public sealed class SearchOpsCommandLineTests : IDisposable
{
    private readonly string _dataPath = Paths.NewDataFolder();

    private Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
        => HostProcess.RunToEndAsync(HostProcess.Start(_dataPath, Path.Combine(_dataPath, "App_Data"), args));

    [Fact]
    public async Task SearchRebuild_RaisesTheGeneration_AndRebuildsThisNodesCopyAtOnce()
    {
        var applied = await RunAsync("recipe", "apply", Paths.Fixture("small.recipe.json"));
        Assert.True(applied.ExitCode == 0, applied.Error + applied.Output);

        var result = await RunAsync("search", "rebuild", "Search");

        Assert.True(result.ExitCode == 0, result.Error + result.Output);
        Assert.Contains("'Search': mọi nút sẽ xây dựng lại chỉ mục này; bản trên nút này đã được xây dựng lại: 1 tài liệu trong ", result.Output);
        var first = CurrentCopy();
        using (var directory = FSDirectory.Open(first))
        using (var reader = DirectoryReader.Open(directory))
        {
            Assert.Equal(1, reader.NumDocs);
            Assert.Equal("2", reader.IndexCommit.UserData["generation"]);
        }

        var again = await RunAsync("search", "rebuild");
        Assert.True(again.ExitCode == 0, again.Error + again.Output);
        // A rebuild is a new generation folder; the old one is gone.
        var second = CurrentCopy();
        Assert.NotEqual(first, second);
        Assert.False(System.IO.Directory.Exists(first));
        using var secondDirectory = FSDirectory.Open(second);
        using var secondReader = DirectoryReader.Open(secondDirectory);
        Assert.Equal("3", secondReader.IndexCommit.UserData["generation"]);
    }

    // The folder this node's copy lives in, as the pointer file beside the generations names it.
    private string CurrentCopy()
    {
        var root = Path.Combine(_dataPath, "App_Data", "Search", "Search");
        return Path.Combine(root, File.ReadAllText(Path.Combine(root, "current")).Trim());
    }

    [Fact]
    public async Task SearchRebuild_OfAnUnknownIndex_ExitsWithOne_NamingTheIndexes()
    {
        var result = await RunAsync("search", "rebuild", "KhongCo");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Không có chỉ mục tìm kiếm 'KhongCo'. Các chỉ mục: Search", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public async Task SearchRebuild_WhileARunningSiteHoldsTheIndex_LeavesItToThatSite()
    {
        await using var factory = new UstaAppFactory(TestDatabase.Sqlite(), _dataPath) { KeepData = true };
        await factory.WaitForSearchIndexAsync();

        // Another process on the same data folder and database, as an operator runs it beside the site.
        var result = await HostProcess.RunToEndAsync(HostProcess.Start(_dataPath, _dataPath, ["search", "rebuild"]));

        Assert.True(result.ExitCode == 0, result.Error + result.Output);
        Assert.True(result.Output.Contains("'Search': mọi nút sẽ xây dựng lại chỉ mục này; bản trên nút này đang được một trang đang chạy giữ"), result.Output);
        var record = await factory.InScopeAsync(sp => sp.GetRequiredService<SearchIndexManager>().GetRecordAsync("Search", default));
        Assert.Equal(2, record!.Generation);
        Assert.Equal(Environment.UserName, record.RebuildRequestedBy);
    }

    public void Dispose()
    {
        Paths.DeleteFolder(_dataPath);
        GC.SuppressFinalize(this);
    }
}
