using System.Net;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Host;

/// <summary>One URL per page: variants move permanently to it, and each page of a list has its own canonical.</summary>
[Collection(ReadOnlySite.Name)]
public class CanonicalUrlTests(SiteFixture site)
{
    [Theory]
    [InlineData("/GIOI-THIEU", "/gioi-thieu")]
    [InlineData("/gioi-thieu/", "/gioi-thieu")]
    [InlineData("//gioi-thieu", "/gioi-thieu")]
    [InlineData("/Ngay/2021-12-08/", "/ngay/2021-12-08")]
    [InlineData("/Chuyen-Muc//Tin-Tuc-Su-Kien/?trang=2&x=%C4%90", "/chuyen-muc/tin-tuc-su-kien?trang=2&x=%C4%90")]
    [InlineData("//evil.example/", "/evil.example")]
    public async Task Variant_MovesPermanentlyToTheCanonicalPath_KeepingTheQuery(string variant, string canonical)
    {
        var response = await site.Factory.CreateBrowser().GetAsync("http://localhost" + variant);
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(canonical, response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/_content/Usta.Theme/css/site.css", HttpStatusCode.OK)]
    [InlineData("/Admin", HttpStatusCode.Redirect)]
    [InlineData("/admin", HttpStatusCode.Redirect)]
    public async Task AssetsAndAdminPages_KeepTheirCase(string url, HttpStatusCode expected)
    {
        var response = await site.Factory.CreateBrowser().GetAsync(url);
        Assert.Equal(expected, response.StatusCode);
    }

    [Theory]
    [InlineData("/", "/")]
    [InlineData("/?trang=1", "/")]
    [InlineData("/?trang=2&utm_source=x", "/?trang=2")]
    [InlineData("/gioi-thieu?utm_source=x", "/gioi-thieu")]
    [InlineData("/ban-tin?nam=2021", "/ban-tin?nam=2021")]
    public async Task EachPageOfAList_HasItsOwnCanonical(string url, string canonical)
    {
        var page = await site.Factory.CreateBrowser().GetDocumentAsync(url);
        Assert.Equal(canonical, page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }
}
