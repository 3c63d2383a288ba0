using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Usta.Search.Indexing;
using UstaOrchard.Core.Data;
using UstaOrchard.IntegrationTests.Infrastructure;
using Xunit;
using static UstaOrchard.IntegrationTests.Search.SearchSyncProbe;

namespace UstaOrchard.IntegrationTests.Search;

/// <summary>Every index defined in the database gets a copy on the node, built as defined; a deleted definition's copy goes.</summary>
public sealed class SearchSyncIndexesTests(EditorSiteFixture site) : IClassFixture<EditorSiteFixture>
{
    [Fact]
    public async Task IndexOfLatestVersions_FindsDrafts_AndItsCopyGoesWithItsDefinition()
    {
        const string name = "Drafts";
        var word = NewWord();
        var draft = await NewPageAsync(site.Factory.Services, $"Bản nháp {word}", publish: false);
        await InScopeAsync(site.Factory.Services, async sp =>
        {
            await sp.GetRequiredService<SearchIndexManager>().SaveAsync(new SearchIndexDefinition(name, "vietnamese", true, ["Page"]), default);
            return 0;
        });

        await site.Factory.WaitForSearchIndexAsync(name);
        Assert.Equal([draft], Find(site.Factory.Services, word, name));
        await site.Factory.WaitForSearchIndexAsync();
        Assert.Empty(Find(site.Factory.Services, word)!);

        await InScopeAsync(site.Factory.Services, sp => sp.GetRequiredService<UstaDbContext>().Set<SearchIndexRecord>().Where(x => x.Name == name).ExecuteDeleteAsync());
        var folder = Path.Combine(site.Factory.DataPath, "Search", name);
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while ((Directory.Exists(folder) || site.Factory.Services.GetRequiredService<SearchIndexStore>().StateOf(name) is not null) && DateTime.UtcNow < deadline)
            await Task.Delay(50);
        Assert.False(Directory.Exists(folder));
        Assert.Null(Find(site.Factory.Services, word, name));
    }
}
