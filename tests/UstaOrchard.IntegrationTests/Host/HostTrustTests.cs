using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Host;

/// <summary>Links never come from the Host header; forwarded headers count only from listed proxies.</summary>
[Collection(ReadOnlySite.Name)]
public class HostTrustTests(SiteFixture site, HostTrustTests.DeployedSite deployed) : IClassFixture<HostTrustTests.DeployedSite>
{
    private const string BaseUrl = "https://lienhiephoi.example";

    /// <summary>A site deployed as an operator would: a base URL and one proxy network.</summary>
    public sealed class DeployedSite : IAsyncLifetime
    {
        public UstaAppFactory Factory { get; } = new(TestDatabase.Sqlite(), settings: new Dictionary<string, string?>
        {
            ["Site:BaseUrl"] = BaseUrl + "/",
            ["ForwardedHeaders:KnownNetworks"] = "10.0.0.0/8",
        });

        public Task InitializeAsync() => Task.CompletedTask;

        public async Task DisposeAsync() => await Factory.DisposeAsync();
    }

    private UstaAppFactory Deployed => deployed.Factory;

    private HttpClient DeployedBrowser() => Deployed.CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        BaseAddress = new Uri(BaseUrl),
    });

    private static HttpRequestMessage Get(string url, string host)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Host = host;
        return request;
    }

    [Fact]
    public async Task WithoutABaseUrl_AForeignHostAppearsInNoLink()
    {
        var client = site.Factory.CreateBrowser();

        var response = await client.SendAsync(Get("/gioi-thieu", "evil.example"));
        var html = await response.Content.ReadAsStringAsync();
        var login = await client.SendAsync(Get("/Admin", "evil.example"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("evil.example", html);
        var page = await response.ReadDocumentAsync();
        Assert.Equal("/gioi-thieu", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Null(page.QuerySelector("meta[property='og:url']"));
        Assert.Equal("/dang-nhap?ReturnUrl=%2FAdmin", login.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task WithABaseUrl_LinksUseIt_AndAForeignHostGetsTheVietnamese400()
    {
        var client = DeployedBrowser();

        var page = await client.GetDocumentAsync("/gioi-thieu");
        var foreign = await client.SendAsync(Get("/gioi-thieu", "evil.example"));

        Assert.Equal(BaseUrl + "/gioi-thieu", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal(BaseUrl + "/gioi-thieu", page.QuerySelector("meta[property='og:url']")!.GetAttribute("content"));
        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
        var refused = await foreign.ReadDocumentAsync();
        Assert.Equal("Yêu cầu không hợp lệ", refused.Text("[data-test=status-page] h1"));
        Assert.DoesNotContain("evil.example", refused.DocumentElement.OuterHtml);
    }

    [Fact]
    public async Task OverHttps_HstsAndASecureAntiforgeryCookie_AndAPermissionsPolicy()
    {
        var response = await DeployedBrowser().GetAsync("/dang-nhap");

        Assert.Contains("max-age=", response.Headers.GetValues("Strict-Transport-Security").Single());
        Assert.Contains("camera=()", response.Headers.GetValues("Permissions-Policy").Single());
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("usta.af="));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("10.1.2.3", true)]
    [InlineData("192.0.2.1", false)]
    public async Task ForwardedProto_CountsOnlyFromAListedProxy(string remoteAddress, bool honoured)
    {
        var context = await Deployed.Server.SendAsync(c =>
        {
            c.Request.Method = HttpMethods.Get;
            c.Request.Scheme = "http";
            c.Request.Host = new HostString("lienhiephoi.example");
            c.Request.Path = "/gioi-thieu";
            c.Request.Headers["X-Forwarded-Proto"] = "https";
            c.Connection.RemoteIpAddress = IPAddress.Parse(remoteAddress);
        });

        Assert.Equal(200, context.Response.StatusCode);
        Assert.Equal(honoured, context.Response.Headers.ContainsKey("Strict-Transport-Security"));
    }
}
