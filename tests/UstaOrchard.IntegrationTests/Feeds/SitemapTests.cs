using System.Globalization;
using System.Net;
using System.Xml.Linq;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Usta.Contents;
using UstaOrchard.Core.Caching;
using UstaOrchard.Core.Data;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Feeds;

/// <summary>sitemap.xml is an index of files of at most N URLs (5 here, 50,000 in production), robots.txt points to it.</summary>
public abstract class SitemapTests(FeedSiteFixture site)
{
    private static readonly XNamespace Sm = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private async Task<XDocument> GetXmlAsync(string url)
    {
        var response = await site.Factory.CreateBrowser().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        return XDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private async Task<List<List<(string Loc, string? LastMod)>>> ReadAllFilesAsync()
    {
        var index = await GetXmlAsync("/sitemap.xml");
        Assert.Equal(Sm + "sitemapindex", index.Root!.Name);
        var files = new List<List<(string, string?)>>();
        foreach (var loc in index.Root.Elements(Sm + "sitemap").Select(s => s.Element(Sm + "loc")!.Value))
        {
            Assert.StartsWith(FeedSiteFixture.BaseUrl + "/sitemap-", loc);
            var file = await GetXmlAsync(new Uri(loc).AbsolutePath);
            Assert.Equal(Sm + "urlset", file.Root!.Name);
            files.Add(file.Root.Elements(Sm + "url").Select(u => (u.Element(Sm + "loc")!.Value, u.Element(Sm + "lastmod")?.Value)).ToList());
        }
        return files;
    }

    private Task<List<string>> PublishedPathsAsync() => site.Factory.InScopeAsync(sp =>
        sp.GetRequiredService<UstaDbContext>().Set<AutorouteIndex>().Where(r => r.Published).Select(r => r.Path).ToListAsync());

    [Fact]
    public async Task Index_ListsFilesOfAtMostTheLimit_CoveringEveryPublishedPathOnce()
    {
        await site.PageAsync("Trang sơ đồ " + Guid.NewGuid().ToString("N")[..6], "so-do-" + Guid.NewGuid().ToString("N")[..8]);

        var files = await ReadAllFilesAsync();
        var expected = (await PublishedPathsAsync()).Select(p => FeedSiteFixture.BaseUrl + "/" + p).Append(FeedSiteFixture.BaseUrl + "/").ToList();

        Assert.True(files.Count > 1, "the test site must need several files");
        Assert.All(files, f => Assert.InRange(f.Count, 1, FeedSiteFixture.UrlsPerFile));
        Assert.All(files.SkipLast(1), f => Assert.Equal(FeedSiteFixture.UrlsPerFile, f.Count));
        var locs = files.SelectMany(f => f).Select(u => u.Loc).ToList();
        Assert.Equal(locs.Count, locs.Distinct().Count());
        Assert.Equal(expected.Order(StringComparer.Ordinal), locs.Order(StringComparer.Ordinal));
        Assert.Equal(FeedSiteFixture.BaseUrl + "/", files[0][0].Loc);
    }

    [Fact]
    public async Task EachUrl_HasItsLastChange_InW3cFormat()
    {
        var path = "ngay-sua-" + Guid.NewGuid().ToString("N")[..8];
        var page = await site.PageAsync("Trang có ngày sửa", path);

        var urls = (await ReadAllFilesAsync()).SelectMany(f => f).ToList();

        Assert.All(urls, u => Assert.True(DateTime.TryParseExact(u.LastMod, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out _), $"{u.Loc}: lastmod '{u.LastMod}'"));
        var mine = urls.Single(u => u.Loc == $"{FeedSiteFixture.BaseUrl}/{path}");
        Assert.Equal(page.ModifiedUtc!.Value.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), mine.LastMod);
    }

    [Fact]
    public async Task ANewItem_LandsInTheLastFile_AndTheOthersStayAsTheyWere()
    {
        var before = await ReadAllFilesAsync();
        var path = "moi-them-" + Guid.NewGuid().ToString("N")[..8];
        await site.PageAsync("Trang mới thêm", path);

        var after = await ReadAllFilesAsync();

        // The home page's lastmod follows the newest change; every other entry of a full file stays.
        var full = before.Count(f => f.Count == FeedSiteFixture.UrlsPerFile);
        for (var i = 0; i < full; i++) Assert.Equal(before[i].Skip(i == 0 ? 1 : 0), after[i].Skip(i == 0 ? 1 : 0));
        Assert.Equal($"{FeedSiteFixture.BaseUrl}/{path}", after[^1][^1].Loc);
    }

    [Theory]
    [InlineData("/sitemap-0.xml")]
    [InlineData("/sitemap-01.xml")]
    [InlineData("/sitemap-x.xml")]
    [InlineData("/sitemap-999999999.xml")]
    [InlineData("/sitemap-99999999999999.xml")]
    public async Task AFileThatDoesNotExist_Is404(string url)
    {
        var response = await site.Factory.CreateBrowser().GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task TheFileAfterTheLast_Is404()
    {
        var count = (await ReadAllFilesAsync()).Count;
        var response = await site.Factory.CreateBrowser().GetAsync($"/sitemap-{count + 1}.xml");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task RobotsTxt_AllowsTheSite_KeepsOutAdminAndSearch_AndNamesTheSitemap()
    {
        var head = await site.Factory.CreateBrowser().SendAsync(new HttpRequestMessage(HttpMethod.Head, "/robots.txt"));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        var response = await site.Factory.CreateBrowser().GetAsync("/robots.txt");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/plain; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("User-agent: *", lines[0]);
        Assert.Contains("Allow: /", lines);
        Assert.Contains("Disallow: /Admin", lines);
        Assert.Contains("Disallow: /dang-nhap", lines);
        Assert.Contains("Disallow: /tim-kiem", lines);
        Assert.Contains($"Sitemap: {FeedSiteFixture.BaseUrl}/sitemap.xml", lines);
    }

    [Theory]
    [InlineData("/rss")]
    [InlineData("/rss/{**path}")]
    [InlineData("/sitemap.xml")]
    [InlineData("/sitemap-{number}.xml")]
    [InlineData("/robots.txt")]
    public void FeedsSitemapsAndRobots_MayBeOutputCached(string route)
    {
        var endpoint = site.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Single(e => e.RoutePattern.RawText == route);
        var cache = endpoint.Metadata.GetMetadata<PublicCacheAttribute>();
        Assert.NotNull(cache);
        Assert.Empty(cache.QueryKeys);
    }
}

[Collection(SqliteFeedSiteCollection.Name)]
public sealed class SqliteSitemapTests(SqliteFeedSite site) : SitemapTests(site);

[Collection(PostgresFeedSiteCollection.Name)]
public sealed class PostgresSitemapTests(PostgresFeedSite site) : SitemapTests(site);
