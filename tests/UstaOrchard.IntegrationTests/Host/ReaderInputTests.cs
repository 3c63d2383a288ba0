using System.Net;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Host;

/// <summary>Reader input that once gave a 500: bounded numbers and dates, methods without a handler, values that do not bind.</summary>
[Collection(ReadOnlySite.Name)]
public class ReaderInputTests(SiteFixture site)
{
    [Theory]
    [InlineData("/ngay/9999-12-31")]
    [InlineData("/ngay/0001-01-01")]
    [InlineData("/?trang=300000000")]
    [InlineData("/?trang=2147483648")]
    [InlineData("/?trang=abc")]
    [InlineData("/?trang=0")]
    [InlineData("/?trang=-1")]
    [InlineData("/chuyen-muc/tin-tuc-su-kien?trang=300000000")]
    [InlineData("/chuyen-muc/tin-tuc-su-kien?trang=x")]
    [InlineData("/ban-tin?nam=abc")]
    [InlineData("/ban-tin?nam=99999999999")]
    public async Task OutOfRangePageOrDate_Is404_WithTheVietnamesePage(string url)
    {
        var page = await site.Factory.CreateBrowser().GetDocumentAsync(url, HttpStatusCode.NotFound);
        Assert.Equal("Không tìm thấy trang", page.Text("[data-test=status-page] h1"));
    }

    [Theory]
    [InlineData("TRACE", "/gioi-thieu")]
    [InlineData("PUT", "/")]
    [InlineData("DELETE", "/ban-tin")]
    [InlineData("PATCH", "/tin-tuc/khong-co")]
    [InlineData("POST", "/gioi-thieu")]
    [InlineData("PROPFIND", "/ngay/2021-12-08")]
    public async Task MethodWithoutAHandler_Is405_WithAllowAndTheVietnamesePage(string method, string url)
    {
        var response = await site.Factory.CreateBrowser().SendAsync(new HttpRequestMessage(new HttpMethod(method), url));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow.Order());
        var page = await response.ReadDocumentAsync();
        Assert.Equal("405", page.QuerySelector("[data-test=status-page]")!.GetAttribute("data-status"));
        Assert.Equal("Không hỗ trợ phương thức này", page.Text("[data-test=status-page] h1"));
    }

    [Fact]
    public async Task Options_AnswersTheAllowedMethods_WithoutAPage()
    {
        var response = await site.Factory.CreateBrowser().SendAsync(new HttpRequestMessage(HttpMethod.Options, "/dang-nhap"));
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(["GET", "HEAD", "POST"], response.Content.Headers.Allow.Order());
    }

    [Fact]
    public async Task ValueThatDoesNotBind_IsAValidationError_NotAnException()
    {
        var client = site.Factory.CreateBrowser();
        var login = await client.GetDocumentAsync("/dang-nhap");

        var response = await client.SubmitAsync(login, "login-form", new Dictionary<string, string>
        {
            ["Input.UserName"] = "ai-do",
            ["Input.Password"] = "sai-mat-khau",
            ["Input.RememberMe"] = "maybe",
        }, "/dang-nhap");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        Assert.NotNull(page.GetElementById("login-form"));
        Assert.Null(page.QuerySelector("input[name='Input.RememberMe'][checked]"));
    }

    [SkippableFact]
    public async Task PageFarBeyondTheEnd_OnPostgres_Is404()
    {
        await using var factory = new UstaAppFactory(TestDatabase.Postgres());
        await factory.CreateBrowser().GetDocumentAsync("/?trang=300000000", HttpStatusCode.NotFound);
        await factory.CreateBrowser().GetDocumentAsync("/chuyen-muc/tin-tuc-su-kien?trang=999999", HttpStatusCode.NotFound);
    }
}
