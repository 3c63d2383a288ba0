using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using UstaOrchard.Core.Caching;
using Xunit;

namespace UstaOrchard.IntegrationTests.Caching;

/// <summary>
/// The policy on minimal-API endpoints (as feeds and the sitemap are mapped), behind an outer
/// middleware that adds a cookie when the response starts, as the visitor counter does.
/// </summary>
public sealed class PublicCachePolicyTests : IAsyncLifetime
{
    private WebApplication _app = null!;
    private HttpClient _client = null!;
    private int _renders;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        var store = new GuardedOutputCacheStore(new ServiceCollection().AddOptions().AddOutputCache().BuildServiceProvider().GetRequiredService<IOutputCacheStore>(),
            TimeProvider.System);
        builder.Services.AddSingleton<IOutputCacheStore>(store);
        builder.Services.AddOutputCache(o => o.AddBasePolicy(new PublicCachePolicy(() => store, "usta.auth", TimeSpan.FromMinutes(1))));
        builder.Services.AddAntiforgery();
        _app = builder.Build();
        _app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                context.Response.Headers.Append("Set-Cookie", "visit=" + Guid.NewGuid().ToString("N") + "; path=/");
                return Task.CompletedTask;
            });
            return next(context);
        });
        _app.UseRouting();
        _app.UseOutputCache();
        var cached = new PublicCacheAttribute("trang");
        // Written to the body stream as Razor Pages write: the cache sees the headers before the response starts.
        _app.MapGet("/page", (HttpContext http) => WriteAsync(http, "page " + Interlocked.Increment(ref _renders))).WithMetadata(cached);
        // Results.Text starts the response (and the outer cookie is added) before the cache sees the headers.
        _app.MapGet("/started", () => Results.Text("started " + Interlocked.Increment(ref _renders))).WithMetadata(cached);
        _app.MapGet("/plain", () => "plain " + Interlocked.Increment(ref _renders));
        _app.MapGet("/missing", () => Results.NotFound("missing " + Interlocked.Increment(ref _renders))).WithMetadata(cached);
        _app.MapGet("/cookie", (HttpContext http) =>
        {
            http.Response.Cookies.Append("choice", "1");
            return "cookie " + Interlocked.Increment(ref _renders);
        }).WithMetadata(cached);
        _app.MapGet("/cookie-written", (HttpContext http) =>
        {
            http.Response.Cookies.Append("choice", "1");
            return WriteAsync(http, "cookie-written " + Interlocked.Increment(ref _renders));
        }).WithMetadata(cached);
        _app.MapGet("/form", (HttpContext http, IAntiforgery antiforgery) =>
        {
            var tokens = antiforgery.GetAndStoreTokens(http);
            return "form " + tokens.RequestToken + " " + Interlocked.Increment(ref _renders);
        }).WithMetadata(cached);
        await _app.StartAsync();
        _client = _app.GetTestClient();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private static async Task WriteAsync(HttpContext http, string text)
    {
        http.Response.ContentType = "text/plain; charset=utf-8";
        await http.Response.Body.WriteAsync(System.Text.Encoding.UTF8.GetBytes(text));
    }

    private async Task<(bool Cached, string Body, string[] Cookies)> GetAsync(string url, string? host = null, string? cookie = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (host is not null) request.Headers.Host = host;
        if (cookie is not null) request.Headers.Add("Cookie", cookie);
        using var response = await _client.SendAsync(request);
        var cookies = response.Headers.TryGetValues("Set-Cookie", out var values) ? values.ToArray() : [];
        return (response.FromCache(), await response.Content.ReadAsStringAsync(), cookies);
    }

    [Fact]
    public async Task SecondRead_IsFromCache_WithTheOuterCookieOfItsOwnReader_NotTheFirstOnes()
    {
        var first = await GetAsync("/page");
        var second = await GetAsync("/page");
        Assert.False(first.Cached);
        Assert.True(second.Cached);
        Assert.Equal(first.Body, second.Body);
        var cookie = Assert.Single(second.Cookies);
        Assert.StartsWith("visit=", cookie);
        Assert.NotEqual(Assert.Single(first.Cookies), cookie);
    }

    [Fact]
    public async Task DeclaredKey_VariesTheEntry_ANumberIsOneEntry_AndOtherKeysBypass()
    {
        var two = await GetAsync("/page?trang=2");
        Assert.NotEqual((await GetAsync("/page")).Body, two.Body);
        Assert.Equal(two.Body, (await GetAsync("/page?trang=02")).Body);
        Assert.True((await GetAsync("/page?TRANG=2")).Cached);

        foreach (var url in new[] { "/page?x=1", "/page?trang=2&x=1", "/page?trang=2&trang=3" })
        {
            await GetAsync(url);
            var again = await GetAsync(url);
            Assert.False(again.Cached, url);
        }
    }

    [Fact]
    public async Task HostHeader_IsNotPartOfTheKey()
    {
        var first = await GetAsync("/page", host: "a.example");
        var second = await GetAsync("/page", host: "b.example");
        Assert.True(second.Cached);
        Assert.Equal(first.Body, second.Body);
    }

    [Fact]
    public async Task ResponseStartedBeforeTheCacheSawIt_WithAnOuterCookie_IsNotStored_SoTheCookieIsNeverReplayed()
    {
        var first = await GetAsync("/started");
        var second = await GetAsync("/started");
        Assert.False(second.Cached);
        Assert.NotEqual(Assert.Single(first.Cookies), Assert.Single(second.Cookies));
    }

    [Theory]
    [InlineData("/plain")]
    [InlineData("/missing")]
    [InlineData("/cookie")]
    [InlineData("/cookie-written")]
    [InlineData("/form")]
    public async Task NotStored_WithoutTheAttribute_ForNon200_CookiesOrAntiforgery(string url)
    {
        var first = await GetAsync(url);
        // A reader who already has the antiforgery cookie gets no Set-Cookie, but a token bound to it.
        var cookie = first.Cookies.FirstOrDefault(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal))?.Split(';')[0];
        var second = await GetAsync(url, cookie: cookie);
        Assert.False(second.Cached, url);
        Assert.NotEqual(first.Body, second.Body);
    }

    [Fact]
    public async Task SignedInReader_IsNeitherServedFromCache_NorFillsIt()
    {
        await GetAsync("/page?trang=7", cookie: "usta.auth=x");
        Assert.False((await GetAsync("/page?trang=7", cookie: "usta.auth=x")).Cached);
        Assert.False((await GetAsync("/page?trang=7")).Cached);
        Assert.True((await GetAsync("/page?trang=7")).Cached);
        Assert.False((await GetAsync("/page?trang=7", cookie: "usta.auth=x")).Cached);
    }
}
