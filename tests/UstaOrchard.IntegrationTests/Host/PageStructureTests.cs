using System.Net;
using System.Net.Http.Headers;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Host;

/// <summary>What a screen reader, a search engine and a slow phone need from every page.</summary>
[Collection(ReadOnlySite.Name)]
public class PageStructureTests(SiteFixture site)
{
    [Fact]
    public async Task HomePage_HasOneH1_AndAMetaDescription()
    {
        var home = await site.Factory.CreateBrowser().GetDocumentAsync("/");
        Assert.Equal("Liên hiệp các Hội Khoa học và Kỹ thuật Đồng Nai", home.Text("h1"));
        Assert.Single(home.QuerySelectorAll("h1"));
        Assert.Contains("Liên hiệp các Hội Khoa học và Kỹ thuật Đồng Nai", home.QuerySelector("meta[name=description]")!.GetAttribute("content"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/?trang=2")]
    [InlineData("/chuyen-muc/tin-tuc-su-kien")]
    [InlineData("/ngay/2021-12-08")]
    [InlineData("/ban-tin")]
    [InlineData("/ban-tin/2021/so-43")]
    [InlineData("/gioi-thieu")]
    [InlineData("/dang-nhap")]
    [InlineData("/khong-co-trang-nay")]
    public async Task Headings_StartAtH1_AndNeverSkipALevel(string url)
    {
        var (_, page) = await site.Factory.CreateBrowser().GetPageAsync(url);
        var levels = page.QuerySelectorAll("main h1, main h2, main h3, main h4, main h5, main h6").Select(h => h.LocalName[1] - '0').ToList();

        Assert.Equal(1, levels[0]);
        for (var i = 1; i < levels.Count; i++)
            Assert.True(levels[i] <= levels[i - 1] + 1, $"{url}: h{levels[i]} follows h{levels[i - 1]}");
    }

    [Fact]
    public async Task Favicon_IsServed_AndLinked()
    {
        var client = site.Factory.CreateBrowser();
        var icon = await client.GetAsync("/favicon.ico");
        var home = await client.GetDocumentAsync("/");

        Assert.Equal(HttpStatusCode.OK, icon.StatusCode);
        Assert.Equal([0, 0, 1, 0], (await icon.Content.ReadAsByteArrayAsync())[..4]);
        Assert.NotEmpty(home.QuerySelectorAll("link[rel=icon]"));
    }

    [Theory]
    [InlineData("/", "br")]
    [InlineData("/khong-co-trang-nay", "br")]
    [InlineData("/dang-nhap", null)]
    public async Task HtmlIsCompressed_ExceptPagesCarryingAnAntiforgeryToken(string url, string? encoding)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));

        var response = await site.Factory.CreateBrowser().SendAsync(request);

        Assert.Equal(encoding, response.Content.Headers.ContentEncoding.SingleOrDefault());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/Admin")]
    public async Task PagesForASignedInUser_AreNeverCompressed(string url)
    {
        var client = site.Factory.CreateBrowser();
        var login = await client.GetDocumentAsync("/dang-nhap");
        var signedIn = await client.SubmitAsync(login, "login-form", new Dictionary<string, string>
        {
            ["Input.UserName"] = TestAccounts.AdminUserName,
            ["Input.Password"] = TestAccounts.AdminPassword,
        }, "/dang-nhap");
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        var response = await client.SendAsync(request);

        // BREACH: a signed-in user's page may carry secrets next to reflected input.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
    }
}
