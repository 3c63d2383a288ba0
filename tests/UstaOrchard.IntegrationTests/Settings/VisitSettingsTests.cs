using System.Net;
using Usta.Visits;
using Usta.Visits.Counting;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Settings;

/// <summary>/Admin/Settings/Visits: the counter stops counting and showing at once when turned off.</summary>
public sealed class VisitSettingsTests(SettingsSiteFixture site) : IClassFixture<SettingsSiteFixture>
{
    private const string Url = "/Admin/Settings/Visits";
    private const string Form = "settings-visits-form";

    [Fact]
    public async Task TurnedOff_HidesTheCounter_AndCountsNothing_TurnedOn_ShowsItAgain()
    {
        var reader = site.Factory.CreateBrowser();
        Assert.NotNull((await reader.GetDocumentAsync("/")).QuerySelector("[data-test=visitor-counter]"));
        var admin = await site.AdministratorAsync();

        var (off, _) = await admin.PostFormAsync(Url, Form, new() { ["Input.Enabled"] = "false" });

        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        Assert.False((await site.StoredAsync()).Get<VisitSettings>().Enabled);
        var newcomer = site.Factory.CreateBrowser();
        var response = await newcomer.GetAsync("/");
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith(VisitCookie.Name));
        var page = await response.ReadDocumentAsync();
        Assert.Null(page.QuerySelector("[data-test=visitor-counter]"));
        Assert.Equal(HttpStatusCode.NotFound, (await newcomer.GetAsync("/thong-ke/luot-truy-cap")).StatusCode);

        await admin.PostFormAsync(Url, Form, new() { ["Input.Enabled"] = "true", ["Input.InitialTotal"] = "1234567" });

        var shown = (await site.Factory.CreateBrowser().GetDocumentAsync("/")).QuerySelector("[data-test=visits-total]")?.TextContent;
        Assert.StartsWith("1.234.5", shown);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("nhiều")]
    [InlineData("")]
    public async Task BadInitialTotal_IsRefused_AndNothingIsSaved(string total)
    {
        var admin = await site.AdministratorAsync();
        var before = (await site.StoredAsync()).Get<VisitSettings>().InitialTotal;

        var (response, _) = await admin.PostFormAsync(Url, Form, new() { ["Input.InitialTotal"] = total });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(string.IsNullOrEmpty((await response.ReadDocumentAsync()).FieldError("InitialTotal")));
        Assert.Equal(before, (await site.StoredAsync()).Get<VisitSettings>().InitialTotal);
    }
}
