using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Usta.Contents;
using UstaOrchard.Core.Contents;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Host;

/// <summary>The public pages of a site set up from usta-setup: every element of the page it replaces.</summary>
public class PublicSiteTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    private const string SeedTitle = "Chi bộ Liên hiệp các Hội Khoa học và Kỹ thuật Đồng Nai: Đẩy mạnh công tác giáo dục chính trị, tư tưởng cho cán bộ, đảng viên";
    private const string SeedPath = "/tin-tuc/chi-bo-lien-hiep-cac-hoi-khoa-hoc-va-ky-thuat-dong-nai-day-manh-cong-tac-giao-duc-chinh-tri-tu-tuong-cho-can-bo-dang";

    [Fact]
    public async Task HomePage_ListsSeededArticles_NewestFirst()
    {
        var home = await site.Factory.CreateBrowser().GetDocumentAsync("/");

        var titles = home.Texts("[data-test=article-list] [data-test=article-summary] .summary-title");
        Assert.Equal(10, titles.Count);
        Assert.Contains(SeedTitle, titles);
        Assert.Equal("Phát hành Bản tin Liên hiệp Hội số 43", titles[0]);
        Assert.NotNull(home.QuerySelector("[data-test=pager] a[rel=next]"));
        Assert.NotEmpty(home.QuerySelectorAll("[data-test=featured] li"));
    }

    [Fact]
    public async Task SecondPage_ListsTheOlderArticles_AndAPageTooFarIs404()
    {
        var client = site.Factory.CreateBrowser();
        var page2 = await client.GetDocumentAsync("/?trang=2");
        Assert.NotEmpty(page2.QuerySelectorAll("[data-test=article-summary]"));
        Assert.Contains("Triển khai kế hoạch phổ biến kiến thức khoa học và công nghệ năm 2021", page2.Texts("[data-test=article-summary] .summary-title"));
        await client.GetDocumentAsync("/?trang=99", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task SeedArticle_ShowsEveryElementOfTheOldPage()
    {
        var page = await site.Factory.CreateBrowser().GetDocumentAsync(SeedPath);

        Assert.Equal(SeedTitle, page.Text("[data-test=article-title]"));
        Assert.Equal("Cập nhật: 08-12-2021 02:50", page.Text("[data-test=article-updated]"));
        Assert.StartsWith("Thực hiện nhiệm vụ xây dựng Đảng", page.Text("[data-test=article-lead]"));
        Assert.Contains("Đẩy mạnh thực hiện các nhiệm vụ chuyên môn", page.Texts("[data-test=article-body] h2"));
        Assert.Contains("Hội nghị học tập, quán triệt Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XI", page.Text("[data-test=article-body] figcaption"));
        Assert.Equal("Dương Phúc", page.Text("[data-test=article-byline]"));
        Assert.Equal("In nội dung", page.Text("[data-test=print-link]"));
        Assert.Equal("Các tin đã đăng ngày:", page.Text("[data-test=date-archive-box] h2"));
        Assert.Equal("Liên Kết Website", page.Text("[data-test=website-links] h2"));
        Assert.Contains("Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam", page.Texts("[data-test=website-links] a"));
        Assert.Equal("Liên hiệp các Hội Khoa học và Kỹ thuật Đồng Nai", page.Text("[data-test=footer-name-vi]"));
        Assert.Equal("Dong Nai Union of Science and Technology Associations", page.Text("[data-test=footer-name-en]"));
        Assert.Contains("TS. Vy Văn Vũ", page.Text("[data-test=footer-chief]"));
        Assert.Equal(2, page.QuerySelectorAll("[data-test=footer-editors] li").Length);
        Assert.Contains("281 Đường 30/4", page.Text("[data-test=footer-address]"));
        Assert.Contains("0251.3946348", page.Text("[data-test=footer-phone]"));
        Assert.Contains("lienhiephoidn@gmail.com", page.Text("[data-test=footer-email]"));
        Assert.Equal("Đăng nhập", page.Text("[data-test=login-link]"));
        Assert.Equal("article", page.QuerySelector("meta[property='og:type']")!.GetAttribute("content"));
    }

    [Fact]
    public async Task VietnameseText_IsWrittenAsItself_NotAsEntities()
    {
        var html = await site.Factory.CreateBrowser().GetStringAsync(SeedPath);
        Assert.Contains("Liên hiệp các Hội Khoa học và Kỹ thuật Đồng Nai", html);
        Assert.DoesNotContain("&#x", html);
        Assert.Contains("<html lang=\"vi\">", html);
    }

    [Fact]
    public async Task EnglishInterface_FollowsFromTheStringsTables()
    {
        var home = await site.Factory.CreateBrowser().GetDocumentAsync("/?culture=en");
        Assert.Equal("Latest news", home.Text("#latest-title"));
        Assert.Equal("Website links", home.Text("[data-test=website-links] h2"));
    }

    [Fact]
    public async Task Pages_SendSecurityHeaders()
    {
        var response = await site.Factory.CreateBrowser().GetAsync("/");
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task PrintView_HasTheArticleWithoutMenuOrSidebar()
    {
        var page = await site.Factory.CreateBrowser().GetDocumentAsync(SeedPath + "?in=1");
        Assert.Equal(SeedTitle, page.Text("[data-test=article-title]"));
        Assert.Null(page.QuerySelector("[data-test=category-menu]"));
        Assert.Null(page.QuerySelector("[data-test=website-links]"));
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
    }

    [Fact]
    public async Task CategoryPage_ListsItsArticlesAndThoseOfItsChildren()
    {
        var client = site.Factory.CreateBrowser();
        var parent = await client.GetDocumentAsync("/chuyen-muc/tin-tuc-su-kien");
        var child = await client.GetDocumentAsync("/chuyen-muc/hoat-dong-hoi-thanh-vien");

        Assert.Equal("Tin tức – Sự kiện", parent.Text("[data-test=category] h1"));
        Assert.Equal(["Hoạt động Liên hiệp Hội", "Hoạt động Hội thành viên"], parent.Texts("[data-test=subcategories] a"));
        Assert.Contains(SeedTitle, parent.Texts("[data-test=article-summary] .summary-title"));
        var childTitles = child.Texts("[data-test=article-summary] .summary-title");
        Assert.Contains("Hội Y học Đồng Nai hội thảo chăm sóc sức khỏe người cao tuổi sau mắc Covid-19", childTitles);
        Assert.DoesNotContain(SeedTitle, childTitles);
    }

    [Fact]
    public async Task DateArchive_ListsTheDaysArticles()
    {
        var page = await site.Factory.CreateBrowser().GetDocumentAsync("/ngay/2021-12-08");
        var titles = page.Texts("[data-test=article-summary] .summary-title");
        Assert.Equal(2, titles.Count);
        Assert.Contains(SeedTitle, titles);
        Assert.Equal("Các tin đã đăng ngày 08-12-2021", page.Text("[data-test=date-archive] h1"));
    }

    [Fact]
    public async Task DateArchiveForm_RedirectsToTheDaysPage()
    {
        var response = await site.Factory.CreateBrowser().GetAsync("/ngay?d=2021-12-08");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/ngay/2021-12-08", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/ngay/khong-phai-ngay")]
    [InlineData("/ngay/2021-02-30")]
    public async Task DateArchive_BadDate_ExplainsInsteadOfFailing(string url)
    {
        var page = await site.Factory.CreateBrowser().GetDocumentAsync(url, HttpStatusCode.BadRequest);
        Assert.Contains("không phải là ngày", page.Text("[data-test=date-error]"));
        // Only a page that answers 200 names a canonical address: this one must not promote the bad date.
        Assert.Null(page.QuerySelector("link[rel=canonical]"));
    }

    [Fact]
    public async Task BulletinIssue_ShowsNumberSummaryAndContents()
    {
        var client = site.Factory.CreateBrowser();
        var list = await client.GetDocumentAsync("/ban-tin");
        Assert.Equal(["Bản tin số 43", "Bản tin số 42", "Bản tin số 41", "Bản tin số 40"], list.Texts("[data-test=bulletin-summary] strong"));

        var issue = await client.GetDocumentAsync("/ban-tin/2021/so-43");
        Assert.Equal("Bản tin số 43", issue.Text("[data-test=bulletin-title]"));
        Assert.Contains("Đại hội đại biểu", issue.Text("[data-test=bulletin-summary]"));
        Assert.Contains(SeedTitle, issue.Texts("[data-test=bulletin-contents] a"));
        Assert.Equal("Bản tin số 43", issue.Texts("[data-test=latest-bulletins] li a")[0]);
    }

    [Theory]
    [InlineData("/khong-co-trang-nay")]
    [InlineData("/tin-tuc/khong-co-bai-nay")]
    [InlineData("/ban-tin?nam=1999")]
    public async Task UnknownPage_Is404_WithAVietnamesePage(string url)
    {
        var page = await site.Factory.CreateBrowser().GetDocumentAsync(url, HttpStatusCode.NotFound);
        Assert.Equal("Không tìm thấy trang", page.Text("[data-test=status-page] h1"));
    }

    [Theory]
    [InlineData("/_content/Usta.Theme/css/site.css", "--blue")]
    [InlineData("/_content/Usta.Theme/js/print.js", "window.print")]
    [InlineData("/_content/Usta.Admin/admin.css", ".admin-header")]
    [InlineData("/robots.txt", "Disallow: /Admin")]
    public async Task StaticAssetsOfModulesAndTheme_AreServed(string url, string content)
    {
        var response = await site.Factory.CreateBrowser().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(content, await response.Content.ReadAsStringAsync());
    }

    private Task<ContentItem> CreatePageAsync(string path) => site.Factory.InScopeAsync(async sp =>
    {
        var contents = sp.GetRequiredService<ContentManager>();
        var page = contents.New(ContentTypes.Page).Apply(new TitlePart { Title = "Trang " + path }).Apply(new AutoroutePart { Path = path });
        return await contents.CreateAsync(page, publish: true);
    });

    [Theory]
    [InlineData("ban-tin")]
    [InlineData("ngay")]
    [InlineData("ngay/hom-nay")]
    [InlineData("Admin")]
    [InlineData("dang-nhap")]
    public async Task PageGivenThePathOfASitePage_IsRefusedWithAMessage(string path)
    {
        var error = await Assert.ThrowsAsync<ContentValidationException>(() => CreatePageAsync(path));
        Assert.Equal($"Địa chỉ /{path.ToLowerInvariant()} thuộc về một trang của hệ thống. Hãy chọn địa chỉ khác.", error.Message);
    }

    [Fact]
    public async Task PageUnderAFreePath_IsServedThere()
    {
        var item = await CreatePageAsync("gioi-thieu/lich-su");
        Assert.Equal("gioi-thieu/lich-su", item.As<AutoroutePart>()!.Path);
        await site.Factory.CreateBrowser().GetDocumentAsync("/gioi-thieu/lich-su");
    }

    [Fact]
    public async Task MenuListsCategoriesInOrder()
    {
        var home = await site.Factory.CreateBrowser().GetDocumentAsync("/");
        var top = home.QuerySelectorAll("[data-test=category-menu] > li > a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(["Trang chủ", "Tin tức – Sự kiện", "Phổ biến kiến thức", "Tư vấn – Phản biện", "Phong trào sáng tạo", "Bản tin"], top);
    }
}
