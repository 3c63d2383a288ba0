using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Usta.Articles;
using UstaOrchard.Core.Data;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Feeds;

/// <summary>The site's and each category's RSS 2.0 feed: the newest published articles, absolute links from the base URL.</summary>
public abstract class RssFeedTests(FeedSiteFixture site)
{
    private static readonly DateTime Now = DateTime.UtcNow;

    private async Task<(SyndicationFeed Feed, string Xml)> GetFeedAsync(string url, string? host = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (host is not null) request.Headers.Host = host;
        var response = await site.Factory.CreateBrowser().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/rss+xml; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        var xml = await response.Content.ReadAsStringAsync();
        XDocument.Parse(xml);
        using var reader = XmlReader.Create(new StringReader(xml));
        return (SyndicationFeed.Load(reader), xml);
    }

    [Fact]
    public async Task SiteFeed_ListsTheNewestPublishedArticles_NewestFirst_WithoutDraftsOrFutureOnes()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        // Inserted out of date order, so a feed that followed insertion would be caught.
        var third = await site.ArticleAsync($"RSS {tag} thứ ba", Now.AddMinutes(-30));
        var first = await site.ArticleAsync($"RSS {tag} thứ nhất", Now.AddMinutes(-10));
        var fourth = await site.ArticleAsync($"RSS {tag} thứ tư", Now.AddMinutes(-40));
        var second = await site.ArticleAsync($"RSS {tag} thứ hai", Now.AddMinutes(-20));
        await site.ArticleAsync($"RSS {tag} bản nháp", Now.AddMinutes(-5), publish: false);
        await site.ArticleAsync($"RSS {tag} ngày mai", Now.AddDays(1));

        var (feed, _) = await GetFeedAsync("/rss");

        var items = feed.Items.ToList();
        var published = await site.Factory.InScopeAsync(sp => sp.GetRequiredService<UstaDbContext>().Set<ArticleIndex>()
            .CountAsync(a => a.Published && a.PublishedUtc <= DateTime.UtcNow));
        Assert.Equal(Math.Min(20, published), items.Count);
        Assert.Equal([first.ContentItemId, second.ContentItemId, third.ContentItemId, fourth.ContentItemId], items.Take(4).Select(i => i.Id));
        Assert.DoesNotContain(items, i => i.Title.Text.Contains("bản nháp") || i.Title.Text.Contains("ngày mai"));
        Assert.Equal(items.Select(i => i.PublishDate).OrderByDescending(d => d), items.Select(i => i.PublishDate));
        var top = items[0];
        Assert.Equal($"RSS {tag} thứ nhất", top.Title.Text);
        Assert.Equal("Tóm tắt của " + top.Title.Text, ((TextSyndicationContent)top.Summary).Text);
        Assert.StartsWith(FeedSiteFixture.BaseUrl + "/tin-tuc/rss-", top.Links.Single(l => l.RelationshipType == "alternate").Uri.AbsoluteUri);
        Assert.Equal(TimeSpan.FromHours(7), top.PublishDate.Offset);
        Assert.Equal(first.PublishedUtc!.Value, top.PublishDate.UtcDateTime, TimeSpan.FromSeconds(1));
        Assert.Equal(FeedSiteFixture.BaseUrl + "/", feed.Links.First(l => l.RelationshipType == "alternate").Uri.AbsoluteUri);
    }

    [Fact]
    public async Task CategoryFeed_ListsOnlyThatCategorysArticles_WithTheirCategoryNames()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var category = await site.CategoryAsync($"Chuyên mục RSS {tag}", $"chuyen-muc/rss-{tag}");
        var older = await site.ArticleAsync($"Tin chuyên mục {tag} cũ", Now.AddDays(-12), categories: category.ContentItemId);
        await site.ArticleAsync($"Tin ngoài chuyên mục {tag}", Now.AddDays(-11));
        var newer = await site.ArticleAsync($"Tin chuyên mục {tag} mới", Now.AddDays(-10), categories: category.ContentItemId);
        await site.ArticleAsync($"Tin chuyên mục {tag} nháp", Now.AddDays(-9), publish: false, categories: category.ContentItemId);

        var (feed, xml) = await GetFeedAsync($"/rss/chuyen-muc/rss-{tag}");

        Assert.Equal([newer.ContentItemId, older.ContentItemId], feed.Items.Select(i => i.Id));
        Assert.All(feed.Items, i => Assert.Equal([$"Chuyên mục RSS {tag}"], i.Categories.Select(c => c.Name)));
        Assert.Contains($"<guid isPermaLink=\"false\">{newer.ContentItemId}</guid>", xml);
        Assert.Equal($"{FeedSiteFixture.BaseUrl}/chuyen-muc/rss-{tag}", feed.Links.First(l => l.RelationshipType == "alternate").Uri.AbsoluteUri);
    }

    [Theory]
    [InlineData("/rss/chuyen-muc/khong-co")]
    [InlineData("/rss/gioi-thieu")]
    [InlineData("/rss/%C4%91%27--")]
    public async Task FeedOfNoCategory_Is404(string url)
    {
        var response = await site.Factory.CreateBrowser().GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task CharactersXmlCannotCarry_AreStrippedFromTitlesAndLeads()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var category = await site.CategoryAsync($"Chuyên mục ký tự {tag}", $"chuyen-muc/ky-tu-{tag}");
        await site.ArticleAsync($"Tin\u0001 có ký tự\u000B lạ {tag}", Now.AddDays(-20), lead: "Tóm\u0008 tắt\uFFFF có\u001F ký tự lạ", categories: category.ContentItemId);

        var (feed, _) = await GetFeedAsync($"/rss/chuyen-muc/ky-tu-{tag}");

        var item = Assert.Single(feed.Items);
        Assert.Equal($"Tin có ký tự lạ {tag}", item.Title.Text);
        Assert.Equal("Tóm tắt có ký tự lạ", ((TextSyndicationContent)item.Summary).Text);
    }

    [Fact]
    public async Task AFeaturedImage_IsTheItemsEnclosure()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var category = await site.CategoryAsync($"Chuyên mục ảnh {tag}", $"chuyen-muc/anh-{tag}");
        await site.ArticleAsync($"Tin có ảnh {tag}", Now.AddDays(-30), image: "tin-tuc/2021/hoi-nghi-chi-bo.jpg", categories: category.ContentItemId);

        var (feed, _) = await GetFeedAsync($"/rss/chuyen-muc/anh-{tag}");

        var enclosure = Assert.Single(Assert.Single(feed.Items).Links, l => l.RelationshipType == "enclosure");
        Assert.StartsWith(FeedSiteFixture.BaseUrl + "/media/tin-tuc/2021/hoi-nghi-chi-bo.jpg?v=", enclosure.Uri.AbsoluteUri);
        Assert.Equal("image/jpeg", enclosure.MediaType);
        Assert.True(enclosure.Length > 0);
    }

    [Theory]
    [InlineData("/rss")]
    [InlineData("/sitemap.xml")]
    [InlineData("/sitemap-1.xml")]
    [InlineData("/robots.txt")]
    [InlineData("/")]
    public async Task AHostileHostHeader_AppearsInNoUrl(string url)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Host = "evil.example";
        var response = await site.Factory.CreateBrowser().SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("evil.example", body);
        Assert.Contains(FeedSiteFixture.BaseUrl, body);
    }

    [Fact]
    public async Task Pages_LinkTheSiteFeed_AndACategoryPageItsOwn()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        await site.CategoryAsync($"Chuyên mục liên kết {tag}", $"chuyen-muc/lien-ket-{tag}");
        var client = site.Factory.CreateBrowser();

        var home = await client.GetDocumentAsync("/");
        var category = await client.GetDocumentAsync($"/chuyen-muc/lien-ket-{tag}");

        var homeFeeds = home.QuerySelectorAll("link[rel=alternate][type='application/rss+xml']").Select(l => l.GetAttribute("href")).ToList();
        Assert.Equal([FeedSiteFixture.BaseUrl + "/rss"], homeFeeds);
        Assert.Equal($"{FeedSiteFixture.BaseUrl}/rss/chuyen-muc/lien-ket-{tag}", category.QuerySelector("link[data-test=feed-category]")!.GetAttribute("href"));
        Assert.NotNull(category.QuerySelector("link[data-test=feed-site]"));
        var feed = await client.GetAsync($"/rss/chuyen-muc/lien-ket-{tag}");
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
    }
}

[Collection(SqliteFeedSiteCollection.Name)]
public sealed class SqliteRssFeedTests(SqliteFeedSite site) : RssFeedTests(site);

[Collection(PostgresFeedSiteCollection.Name)]
public sealed class PostgresRssFeedTests(PostgresFeedSite site) : RssFeedTests(site);
