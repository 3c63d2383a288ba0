using Lucene.Net.Search;
using Microsoft.Extensions.DependencyInjection;
using Usta.Search.Indexing;
using Usta.Search.Querying;
using UstaOrchard.IntegrationTests.Infrastructure;
using Xunit;

namespace UstaOrchard.IntegrationTests.Search;

public sealed class SearchGroundworkTests(EditorSiteFixture site) : IClassFixture<EditorSiteFixture>
{
    [Theory]
    [InlineData("giao duc chinh tri")]
    [InlineData("\"Liên hiệp Hội\"")]
    [InlineData("dang vien")]
    [InlineData("PC-Covid")]
    public async Task The_seed_article_is_found(string query)
    {
        await site.Factory.WaitForSearchIndexAsync();
        var store = site.Factory.Services.GetRequiredService<SearchIndexStore>();
        using var lease = store.TryAcquire(SearchIndexDefinition.DefaultName)!;
        var hits = lease.Searcher.Search(SearchQueryBuilder.Build(ReaderQuery.Parse(query))!, 10);
        var titles = hits.ScoreDocs.Select(d => lease.Searcher.Doc(d.Doc).Get(SearchFields.Title)).ToList();
        Assert.Contains(titles, t => t.StartsWith("Chi bộ Liên hiệp các Hội Khoa học và Kỹ thuật Đồng Nai", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_default_index_is_defined()
    {
        var definition = await site.Factory.InScopeAsync(sp => sp.GetRequiredService<SearchIndexManager>().GetAsync("Search", default));
        Assert.Equal(["Article", "Bulletin", "Page"], definition!.IndexedContentTypes);
    }
}
