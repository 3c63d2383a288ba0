using UstaOrchard.IntegrationTests.Infrastructure;
using UstaOrchard.Web;

namespace UstaOrchard.IntegrationTests.Host;

/// <summary>A page larger than Web:MaxResponseBytes is cut off and logged instead of streamed whole.</summary>
public sealed class ResponseSizeGuardTests
{
    [Fact]
    public async Task PageAboveTheLimit_IsCutOff_AndLogged()
    {
        await using var factory = new UstaAppFactory(TestDatabase.Sqlite(), settings: new Dictionary<string, string?> { ["Web:MaxResponseBytes"] = "2000" });
        factory.Logs.Expect(e => e.Category == typeof(ResponseSizeGuard).FullName && e.Message.Contains("Web:MaxResponseBytes"));
        var client = factory.CreateBrowser();

        await Assert.ThrowsAnyAsync<Exception>(async () => await (await client.GetAsync("/")).Content.ReadAsStringAsync());

        Assert.Contains(factory.Logs.Entries, e => e.Category == typeof(ResponseSizeGuard).FullName);
    }

    [Fact]
    public async Task PageWithinTheLimit_IsWhole()
    {
        await using var factory = new UstaAppFactory(TestDatabase.Sqlite());
        var html = await factory.CreateBrowser().GetStringAsync("/");
        Assert.EndsWith("</html>", html.TrimEnd());
    }
}
