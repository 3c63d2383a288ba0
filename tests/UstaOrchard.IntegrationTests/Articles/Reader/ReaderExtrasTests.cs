using System.Text.Json;
using AngleSharp.Html.Dom;
using UstaOrchard.IntegrationTests.Infrastructure;
using static UstaOrchard.IntegrationTests.Articles.Reader.ReaderSiteFixture;

namespace UstaOrchard.IntegrationTests.Articles.Reader;

/// <summary>Breadcrumbs, schema.org JSON-LD and share links on article and category pages.</summary>
public sealed class ReaderExtrasTests(ReaderSiteFixture site) : IClassFixture<ReaderSiteFixture>
{
    private static List<JsonElement> JsonLd(IHtmlDocument page)
        => page.QuerySelectorAll("script[type='application/ld+json']").Select(s => JsonDocument.Parse(s.TextContent).RootElement).ToList();

    private static JsonElement OfType(IHtmlDocument page, string type)
        => Assert.Single(JsonLd(page), j => j.GetProperty("@type").GetString() == type);

    [Fact]
    public async Task ArticlePage_HasABreadcrumbThroughItsCategoryAndItsParent()
    {
        var page = await site.Factory.CreateBrowser().GetDocumentAsync(site.ArticleUrl);
        var nav = page.QuerySelector("nav[data-test=breadcrumb]")!;
        Assert.Equal("Đường dẫn", nav.GetAttribute("aria-label"));
        Assert.Equal(["Trang chủ", "Tin tức – Sự kiện", "Hoạt động Hội thành viên", HostileTitle], nav.Texts("ol > li"));
        Assert.Equal(["/", "/chuyen-muc/tin-tuc-su-kien", "/chuyen-muc/hoat-dong-hoi-thanh-vien"],
            nav.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!));
        Assert.Equal(HostileTitle, nav.QuerySelector("ol > li:last-child [aria-current=page]")!.TextContent);
    }

    [Fact]
    public async Task ArticleJsonLd_ParsesWithTheRightTypesAndValues_AndTheTitleCannotCloseTheScript()
    {
        var html = await site.Factory.CreateBrowser().GetStringAsync(site.ArticleUrl);
        // The title's "</script>" and "<!--" reach the page only escaped, in the JSON as in the HTML.
        Assert.DoesNotContain("<script>alert(1)", html);
        Assert.DoesNotContain("</script><script>", html);
        Assert.Contains("<script type=\"application/ld+json\">{", html);
        var page = await site.Factory.CreateBrowser().GetDocumentAsync(site.ArticleUrl);
        Assert.DoesNotContain(page.QuerySelectorAll("script"), s => !s.HasAttribute("src") && s.GetAttribute("type") != "application/ld+json");

        var article = OfType(page, "NewsArticle");
        Assert.Equal("https://schema.org", article.GetProperty("@context").GetString());
        Assert.Equal(HostileTitle, article.GetProperty("headline").GetString());
        Assert.Equal("2024-03-05T08:30:00+07:00", article.GetProperty("datePublished").GetString());
        Assert.Equal(BaseUrl + site.ArticleUrl, article.GetProperty("mainEntityOfPage").GetString());
        Assert.Equal("Person", article.GetProperty("author").GetProperty("@type").GetString());
        Assert.Equal(Byline, article.GetProperty("author").GetProperty("name").GetString());
        Assert.Equal("Liên hiệp các Hội Khoa học và Kỹ thuật Đồng Nai", article.GetProperty("publisher").GetProperty("name").GetString());
        Assert.False(article.TryGetProperty("image", out _));
        Assert.True(DateTimeOffset.TryParse(article.GetProperty("dateModified").GetString(), out _));

        var crumbs = OfType(page, "BreadcrumbList").GetProperty("itemListElement").EnumerateArray().ToList();
        Assert.Equal([1, 2, 3, 4], crumbs.Select(c => c.GetProperty("position").GetInt32()));
        Assert.All(crumbs, c => Assert.Equal("ListItem", c.GetProperty("@type").GetString()));
        Assert.Equal([BaseUrl + "/", BaseUrl + "/chuyen-muc/tin-tuc-su-kien", BaseUrl + "/chuyen-muc/hoat-dong-hoi-thanh-vien", BaseUrl + site.ArticleUrl],
            crumbs.Select(c => c.GetProperty("item").GetString()));
        Assert.Equal(HostileTitle, crumbs[^1].GetProperty("name").GetString());
    }

    [Fact]
    public async Task SeedArticleWithAFeaturedImage_HasItsAbsoluteImageInTheJsonLd()
    {
        var page = await site.Factory.CreateBrowser().GetDocumentAsync(
            "/tin-tuc/chi-bo-lien-hiep-cac-hoi-khoa-hoc-va-ky-thuat-dong-nai-day-manh-cong-tac-giao-duc-chinh-tri-tu-tuong-cho-can-bo-dang");
        var image = OfType(page, "NewsArticle").GetProperty("image")[0].GetString()!;
        Assert.StartsWith(BaseUrl + "/media/", image);
        Assert.Contains("w=1280", image);
    }

    [Fact]
    public async Task CategoryPage_HasABreadcrumbAndBreadcrumbListOnly()
    {
        var page = await site.Factory.CreateBrowser().GetDocumentAsync("/chuyen-muc/hoat-dong-hoi-thanh-vien");
        Assert.Equal(["Trang chủ", "Tin tức – Sự kiện", "Hoạt động Hội thành viên"], page.Texts("nav[data-test=breadcrumb] ol > li"));
        Assert.Equal("Hoạt động Hội thành viên", page.Text("nav[data-test=breadcrumb] [aria-current=page]"));
        var list = Assert.Single(JsonLd(page));
        Assert.Equal("BreadcrumbList", list.GetProperty("@type").GetString());
        Assert.Equal(3, list.GetProperty("itemListElement").GetArrayLength());
        Assert.Null(page.QuerySelector("[data-test=share]"));
    }

    [Fact]
    public async Task ShareLinks_CarryTheEncodedAbsoluteAddress()
    {
        var page = await site.Factory.CreateBrowser().GetDocumentAsync(site.ArticleUrl);
        var links = page.QuerySelectorAll("[data-test=share] a").ToList();
        Assert.Equal(["Chia sẻ lên Facebook", "Chia sẻ lên Zalo"], links.Select(a => a.TextContent.Trim()));
        var encoded = Uri.EscapeDataString(BaseUrl + site.ArticleUrl);
        Assert.Equal("https://www.facebook.com/sharer/sharer.php?u=" + encoded, links[0].GetAttribute("href"));
        Assert.Equal("https://sp.zalo.me/share_to_zalo?u=" + encoded, links[1].GetAttribute("href"));
        Assert.Contains("https%3A%2F%2Flienhiephoi.example%2Ftin-tuc%2F", links[0].GetAttribute("href"));
        Assert.All(links, a => Assert.Contains("noopener", a.GetAttribute("rel")));
    }
}
