using System.Net;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Feeds;

/// <summary>
/// A site that does not know its address has no feed and no sitemap (their URLs must be absolute,
/// and the Host header is not trusted): a Vietnamese 404 says why, and no page links to them.
/// </summary>
[Collection(ReadOnlySite.Name)]
public class WithoutABaseUrlTests(SiteFixture site)
{
    [Theory]
    [InlineData("/rss", "nguồn tin RSS")]
    [InlineData("/rss/chuyen-muc/tin-tuc-su-kien", "nguồn tin RSS")]
    [InlineData("/sitemap.xml", "sơ đồ trang")]
    [InlineData("/sitemap-1.xml", "sơ đồ trang")]
    public async Task FeedsAndSitemaps_Are404_SayingTheAddressIsNotConfigured(string url, string what)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Host = "evil.example";
        var response = await site.Factory.CreateBrowser().SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("chưa được cấu hình", text);
        Assert.Contains(what, text);
        Assert.DoesNotContain("evil.example", text);
    }

    [Fact]
    public async Task RobotsTxt_NamesNoSitemap()
    {
        var text = await site.Factory.CreateBrowser().GetStringAsync("/robots.txt");
        Assert.Contains("Disallow: /Admin", text);
        Assert.DoesNotContain("Sitemap:", text);
    }

    [Fact]
    public async Task Pages_LinkNoFeed()
    {
        var client = site.Factory.CreateBrowser();
        var home = await client.GetDocumentAsync("/");
        var category = await client.GetDocumentAsync("/chuyen-muc/tin-tuc-su-kien");
        Assert.Empty(home.QuerySelectorAll("link[type='application/rss+xml']"));
        Assert.Empty(category.QuerySelectorAll("link[type='application/rss+xml']"));
    }
}
