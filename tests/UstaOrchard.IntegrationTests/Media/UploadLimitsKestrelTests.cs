using System.Net;
using System.Text.Json;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Media;

/// <summary>
/// On a real Kestrel with the default Media:MaxFileSize (30 MB): a file above Kestrel's own default
/// body limit (30,000,000 bytes) but within 30 MB is accepted, and a larger one gets 413 with the
/// limit named, as an answer, not a dropped connection.
/// </summary>
public class UploadLimitsKestrelTests(KestrelSiteFixture site) : IClassFixture<KestrelSiteFixture>
{
    private const long ThirtyMegabytes = 30L * 1024 * 1024;

    private async Task<HttpClient> EditorAsync()
    {
        var client = new HttpClient(new SocketsHttpHandler { CookieContainer = new(), AllowAutoRedirect = false }) { BaseAddress = site.Address };
        return await MediaRequests.SignInAsync(site.Factory, client, "Editor");
    }

    private static byte[] JpegOf(long length)
    {
        var content = new byte[length];
        MediaRequests.Jpeg().CopyTo(content, 0);
        return content;
    }

    [Fact]
    public async Task AFileAboveKestrelsDefaultLimit_ButWithin30MB_IsAccepted()
    {
        var client = await EditorAsync();

        var response = await client.UploadAsync("", "lon-vua.jpg", JpegOf(30_500_000));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task AFileOver30MB_Gets413_WithTheLimitNamed()
    {
        var client = await EditorAsync();

        var response = await client.UploadAsync("", "qua-lon.jpg", JpegOf(ThirtyMegabytes + 2 * 1024 * 1024));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("'qua-lon.jpg' lớn hơn 30 MB, dung lượng tối đa của một tệp trong thư viện.", json.RootElement.GetProperty("error").GetString());
    }
}
