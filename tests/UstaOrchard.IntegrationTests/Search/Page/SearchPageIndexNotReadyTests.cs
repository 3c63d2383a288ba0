using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Usta.Search;
using UstaOrchard.Core.Settings;
using UstaOrchard.IntegrationTests.Infrastructure;
using Xunit;
using static UstaOrchard.IntegrationTests.Search.Page.SearchPageClient;

namespace UstaOrchard.IntegrationTests.Search.Page;

/// <summary>A node with no ready copy of the index answers the search page with a message, never an error.</summary>
public sealed class SearchPageIndexNotReadyTests(EditorSiteFixture site) : IClassFixture<EditorSiteFixture>
{
    [Fact]
    public async Task IndexNotReady_Returns200WithAMessage()
    {
        // An index this node has never opened: what SearchIndexStore.TryAcquire answers while a copy is built.
        await site.Factory.RunInScopeAsync(sp => sp.GetRequiredService<SiteService>().UpdateAsync(s =>
        {
            var settings = s.Get<SearchSettings>();
            settings.SearchIndex = "ChuaXayDung";
            s.Put(settings);
        }));

        var answer = await SearchAsync(site.Factory, "giao duc chinh tri");
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Contains("Chỉ mục tìm kiếm đang được xây dựng lại", answer.Notice);
        Assert.Empty(answer.Hits);
    }
}
