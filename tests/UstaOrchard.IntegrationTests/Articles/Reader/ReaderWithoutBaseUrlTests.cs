using System.Text.Json;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Articles.Reader;

/// <summary>Without a base URL: no share links (they need an absolute address), JSON-LD items root-relative.</summary>
[Collection(ReadOnlySite.Name)]
public sealed class ReaderWithoutBaseUrlTests(SiteFixture site)
{
    private const string SeedPath = "/tin-tuc/chi-bo-lien-hiep-cac-hoi-khoa-hoc-va-ky-thuat-dong-nai-day-manh-cong-tac-giao-duc-chinh-tri-tu-tuong-cho-can-bo-dang";

    [Fact]
    public async Task ArticlePage_HasNoShareLinks_AndRelativeJsonLdAddresses()
    {
        var page = await site.Factory.CreateBrowser().GetDocumentAsync(SeedPath);
        Assert.Null(page.QuerySelector("[data-test=share]"));
        var documents = page.QuerySelectorAll("script[type='application/ld+json']").Select(s => JsonDocument.Parse(s.TextContent).RootElement).ToList();
        var list = documents.Single(d => d.GetProperty("@type").GetString() == "BreadcrumbList");
        Assert.Equal("/", list.GetProperty("itemListElement")[0].GetProperty("item").GetString());
        var article = documents.Single(d => d.GetProperty("@type").GetString() == "NewsArticle");
        Assert.Equal(SeedPath, article.GetProperty("mainEntityOfPage").GetString());
        Assert.False(article.TryGetProperty("image", out _));
    }

    [Fact]
    public async Task PhoneMenu_IsAClosedDisclosureWithEveryCategoryAndSubCategory()
    {
        var home = await site.Factory.CreateBrowser().GetDocumentAsync("/");
        var menu = home.QuerySelector("nav.main-nav details.nav-menu[data-test=menu-toggle]")!;
        Assert.False(menu.HasAttribute("open"));
        Assert.Equal("Danh mục", menu.QuerySelector("summary")!.TextContent.Trim());
        var phone = menu.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        var wide = home.QuerySelectorAll("[data-test=category-menu] a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(wide, phone);
        Assert.Contains("/chuyen-muc/tin-tuc-su-kien", phone);
        Assert.Contains("/chuyen-muc/hoat-dong-hoi-thanh-vien", phone);
        Assert.NotNull(menu.QuerySelector("a[href='/chuyen-muc/tin-tuc-su-kien'] + ul a[href='/chuyen-muc/hoat-dong-hoi-thanh-vien']"));
    }
}
