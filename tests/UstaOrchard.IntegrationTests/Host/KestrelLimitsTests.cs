using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Host;

/// <summary>
/// Requests only a real Kestrel sees. Up to Kestrel's raised limits the site answers with its own
/// Vietnamese 414/431 pages; beyond them, and for a NUL in the path, Kestrel answers alone with an
/// empty body (documented in the README): never a 500, never the site's code.
/// </summary>
public class KestrelLimitsTests(KestrelSiteFixture site) : IClassFixture<KestrelSiteFixture>
{
    [Fact]
    public async Task TenThousandCharacterPath_Is414_WithTheVietnamesePage()
    {
        var response = await RawHttp.SendAsync(site.Address, "/" + new string('a', 10_000));
        Assert.Equal(414, response.Status);
        Assert.Contains("Địa chỉ quá dài", response.Body);
        Assert.Contains("<html lang=\"vi\">", response.Body);
    }

    [Fact]
    public async Task FortyKilobyteHeader_Is431_WithTheVietnamesePage()
    {
        var response = await RawHttp.SendAsync(site.Address, "/", extraHeaders: $"X-Big: {new string('a', 40_000)}\r\n");
        Assert.Equal(431, response.Status);
        Assert.Contains("Phần đầu yêu cầu quá lớn", response.Body);
    }

    [Theory]
    [InlineData("/a%00b", 400)]
    [InlineData("/a\0b", 400)]
    public async Task NulInThePath_IsRefusedByKestrel(string target, int expected)
    {
        var response = await RawHttp.SendAsync(site.Address, target);
        Assert.Equal(expected, response.Status);
    }

    [Theory]
    [InlineData("xn--evil-example.test")]
    [InlineData("xn--.test")]
    public async Task HostThatIsNotValidPunycode_Is400_WithTheVietnamesePage(string host)
    {
        var response = await RawHttp.SendAsync(site.Address, "/Admin", host: host);
        Assert.Equal(400, response.Status);
        Assert.Contains("Yêu cầu không hợp lệ", response.Body);
    }

    [Theory]
    [InlineData("/ngay/%C3%28")]
    [InlineData("/%FF%FE")]
    [InlineData("/ngay/\u00ff")]
    public async Task InvalidUtf8InThePath_IsNeverA500(string target)
    {
        var response = await RawHttp.SendAsync(site.Address, target);
        Assert.InRange(response.Status, 400, 404);
    }

    [Fact]
    public async Task HeadersBeyondKestrelsLimit_AreRefusedByKestrel_With431()
    {
        var response = await RawHttp.SendAsync(site.Address, "/", extraHeaders: $"X-Big: {new string('a', 200_000)}\r\n");
        Assert.Equal(431, response.Status);
    }

    [Fact]
    public async Task Responses_CarryNoServerHeader()
    {
        var response = await RawHttp.SendAsync(site.Address, "/gioi-thieu");
        Assert.Equal(200, response.Status);
        Assert.False(response.HasHeader("Server"));
    }
}
