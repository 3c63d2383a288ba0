using AngleSharp.Html.Dom;
using UstaOrchard.IntegrationTests.Feeds;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Public;

/// <summary>Every public page describes itself to search engines and share cards: meta description, Open Graph, Twitter card.</summary>
[Collection(ReadOnlySite.Name)]
public class HeadMetaTests(SiteFixture site)
{
    public const string SeedPath = "/tin-tuc/chi-bo-lien-hiep-cac-hoi-khoa-hoc-va-ky-thuat-dong-nai-day-manh-cong-tac-giao-duc-chinh-tri-tu-tuong-cho-can-bo-dang";
    private const string SiteDescription = "Trang thông tin điện tử của Liên hiệp các Hội Khoa học và Kỹ thuật Đồng Nai: tin hoạt động, bản tin, kiến thức khoa học và công nghệ.";

    private static string? Meta(IHtmlDocument page, string key)
        => (page.QuerySelector($"meta[name='{key}']") ?? page.QuerySelector($"meta[property='{key}']"))?.GetAttribute("content");

    [Theory]
    [InlineData("/", SiteDescription)]
    [InlineData("/chuyen-muc/tin-tuc-su-kien", "Tin hoạt động của Liên hiệp Hội và các Hội thành viên.")]
    [InlineData(SeedPath, "Thực hiện nhiệm vụ xây dựng Đảng theo chỉ đạo")]
    [InlineData(SeedPath + "?in=1", "Thực hiện nhiệm vụ xây dựng Đảng theo chỉ đạo")]
    [InlineData("/gioi-thieu", "")]
    [InlineData("/ban-tin/2021/so-43", "")]
    [InlineData("/ban-tin", "Tất cả các số bản tin")]
    [InlineData("/ngay/2021-12-08", "Các tin đã đăng ngày 08-12-2021.")]
    [InlineData("/ngay", "Tìm tin theo ngày")]
    [InlineData("/tim-kiem?q=khoa+hoc", "Tìm tin, bản tin và trang")]
    public async Task EveryPageType_HasADescription_OpenGraphAndATwitterCard(string url, string descriptionStart)
    {
        var page = await site.Factory.CreateBrowser().GetDocumentAsync(url);

        var description = Meta(page, "description");
        Assert.False(string.IsNullOrWhiteSpace(description), url);
        Assert.InRange(description!.Length, 1, 160);
        Assert.StartsWith(descriptionStart, description);
        Assert.Single(page.QuerySelectorAll("meta[name=description]"));
        Assert.Equal(description, Meta(page, "og:description"));
        Assert.Equal(description, Meta(page, "twitter:description"));
        Assert.False(string.IsNullOrWhiteSpace(Meta(page, "og:title")));
        Assert.Equal(Meta(page, "og:title"), Meta(page, "twitter:title"));
        // Without a base URL there is no absolute image address, so the small card.
        Assert.Equal("summary", Meta(page, "twitter:card"));
        Assert.Null(Meta(page, "og:image"));
    }

    [Fact]
    public async Task ALongLead_IsCutAtAWordBoundary()
    {
        var page = await site.Factory.CreateBrowser().GetDocumentAsync(SeedPath);
        var description = Meta(page, "description")!;
        var lead = page.QuerySelector("[data-test=article-lead]")!.TextContent.Trim();

        Assert.True(lead.Length > 160);
        Assert.EndsWith("…", description);
        var kept = description[..^1];
        Assert.StartsWith(kept, lead);
        Assert.False(char.IsLetterOrDigit(lead[kept.Length]), "cut inside a word");
    }

    [Fact]
    public async Task AnArticle_IsAnOpenGraphArticle_WithItsPublishedTime()
    {
        var page = await site.Factory.CreateBrowser().GetDocumentAsync(SeedPath);
        Assert.Equal("article", Meta(page, "og:type"));
        Assert.Equal("2021-12-07T19:50:00Z", Meta(page, "article:published_time"));
    }

    [Fact]
    public async Task ACategory_IsNoArticle()
    {
        var page = await site.Factory.CreateBrowser().GetDocumentAsync("/chuyen-muc/tin-tuc-su-kien");
        Assert.Equal("website", Meta(page, "og:type"));
        Assert.Null(Meta(page, "article:published_time"));
    }
}

/// <summary>With the site's address, the featured image is the share card's, absolute.</summary>
[Collection(SqliteFeedSiteCollection.Name)]
public class HeadMetaImageTests(SqliteFeedSite site)
{
    [Fact]
    public async Task AnArticleWithAPicture_HasALargeCardWithTheAbsoluteImageAndItsAlt()
    {
        var page = await site.Factory.CreateBrowser().GetDocumentAsync(HeadMetaTests.SeedPath);

        string? Meta(string key) => (page.QuerySelector($"meta[name='{key}']") ?? page.QuerySelector($"meta[property='{key}']"))?.GetAttribute("content");
        var image = Meta("og:image");
        Assert.StartsWith(FeedSiteFixture.BaseUrl + "/media/tin-tuc/2021/hoi-nghi-chi-bo.jpg?w=1280", image);
        Assert.Equal("Hội trường hội nghị nhìn từ cuối phòng: phông nền đỏ, bàn chủ tọa và các hàng đại biểu", Meta("og:image:alt"));
        Assert.Equal("summary_large_image", Meta("twitter:card"));
        Assert.Equal(image, Meta("twitter:image"));
        Assert.Equal(Meta("og:image:alt"), Meta("twitter:image:alt"));
    }
}
