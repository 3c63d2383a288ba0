using System.Net;
using Microsoft.Extensions.DependencyInjection;
using UstaOrchard.Core.Audit;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Settings;

/// <summary>/Admin/Settings: refused values say why in Vietnamese and save nothing; a save is audited once.</summary>
public sealed class GeneralSettingsTests(SettingsSiteFixture site) : IClassFixture<SettingsSiteFixture>
{
    private const string Url = "/Admin/Settings";
    private const string Form = "settings-general-form";

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("../../../../etc/passwd")]
    [InlineData("Asia/Sài_Gòn")]
    public async Task UnknownTimeZone_IsRefusedInVietnamese_AndNothingIsSaved(string zone)
    {
        var admin = await site.AdministratorAsync();
        var before = await site.StoredAsync();
        var events = site.Audit.Events.Count;

        var (response, _) = await admin.PostFormAsync(Url, Form, new() { ["Input.TimeZoneId"] = zone, ["Input.SiteName"] = "Tên không được lưu" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        Assert.Contains("Máy chủ không biết múi giờ", page.FieldError("TimeZoneId"));
        var after = await site.StoredAsync();
        Assert.Equal(before.TimeZoneId, after.TimeZoneId);
        Assert.Equal(before.SiteName, after.SiteName);
        Assert.Equal(events, site.Audit.Events.Count);
    }

    [Theory]
    [InlineData("example.org")]
    [InlineData("ftp://example.org")]
    [InlineData("javascript:alert(1)")]
    [InlineData("https://example.org/?a=1")]
    [InlineData("https://example.org/#top")]
    [InlineData("https://user:pw@example.org")]
    public async Task BadBaseUrl_IsRefusedInVietnamese_AndNothingIsSaved(string baseUrl)
    {
        var admin = await site.AdministratorAsync();
        var before = await site.StoredAsync();

        var (response, _) = await admin.PostFormAsync(Url, Form, new() { ["Input.BaseUrl"] = baseUrl });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("phải là địa chỉ đầy đủ", (await response.ReadDocumentAsync()).FieldError("BaseUrl"));
        Assert.Equal(before.BaseUrl, (await site.StoredAsync()).BaseUrl);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("101")]
    [InlineData("mười")]
    public async Task PageSizeOutsideOneToHundred_IsRefused(string pageSize)
    {
        var admin = await site.AdministratorAsync();
        var before = await site.StoredAsync();

        var (response, _) = await admin.PostFormAsync(Url, Form, new() { ["Input.PageSize"] = pageSize });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(string.IsNullOrEmpty((await response.ReadDocumentAsync()).FieldError("PageSize")));
        Assert.Equal(before.PageSize, (await site.StoredAsync()).PageSize);
    }

    [Fact]
    public async Task Save_StoresNormalisedValues_AndIsAuditedOnceWithTheUser_AndAnUnchangedSaveRecordsNothing()
    {
        var userName = "quantri-" + Guid.NewGuid().ToString("N")[..6];
        var admin = await site.AdministratorAsync(userName);
        var name = "Liên hiệp Hội " + Guid.NewGuid().ToString("N")[..6];

        var (response, _) = await admin.PostFormAsync(Url, Form, new()
        {
            ["Input.SiteName"] = name,
            ["Input.BaseUrl"] = "https://lienhiephoi.example.org/site/",
            ["Input.TimeZoneId"] = "Asia/Bangkok",
            ["Input.PageSize"] = "25",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await site.StoredAsync();
        Assert.Equal(name, stored.SiteName);
        Assert.Equal("https://lienhiephoi.example.org/site", stored.BaseUrl);
        Assert.Equal("Asia/Bangkok", stored.TimeZoneId);
        Assert.Equal(25, stored.PageSize);
        var recorded = site.Audit.Events.Where(e => e.User == userName && e.Event.Category == AuditEvents.Settings).ToList();
        var single = Assert.Single(recorded);
        Assert.Equal((AuditEvents.Settings, AuditEvents.SettingsChanged, "Chung"), (single.Event.Category, single.Event.Name, single.Event.Subject));
        Assert.Equal(["BaseUrl", "PageSize", "SiteName", "TimeZoneId"], single.Event.Details!.Split(", ").Order());
        Assert.Contains("Đã lưu cài đặt.", (await admin.GetDocumentAsync(Url)).QuerySelector("[data-test=status]")?.TextContent);

        var (again, _) = await admin.PostFormAsync(Url, Form, []);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Single(site.Audit.Events, e => e.User == userName && e.Event.Category == AuditEvents.Settings);

        await admin.PostFormAsync(Url, Form, new() { ["Input.TimeZoneId"] = "Asia/Ho_Chi_Minh" });
    }

    [Fact]
    public async Task TimeZoneList_OffersVietNamFirst_InVietnamese()
    {
        var admin = await site.AdministratorAsync();
        var page = await admin.GetDocumentAsync(Url);
        var first = page.QuerySelector("#Input_TimeZoneId option");
        Assert.Equal("Asia/Ho_Chi_Minh", first?.GetAttribute("value"));
        Assert.StartsWith("Giờ Việt Nam (UTC+07:00)", first?.TextContent);
        Assert.NotNull(page.QuerySelector("#settings-tab-settings-general[aria-current=page]"));
        Assert.NotNull(page.QuerySelector("#settings-tab-settings-organisation"));
    }

    [Fact]
    public async Task UserWhoMayOnlyOpenTheAdmin_IsRefused_AndSeesNoSettingsGroup()
    {
        const string role = "ChiVaoQuanTriCaiDat";
        await site.Factory.InScopeAsync(async sp =>
        {
            var roles = sp.GetRequiredService<Microsoft.AspNetCore.Identity.RoleManager<Microsoft.AspNetCore.Identity.IdentityRole>>();
            var created = new Microsoft.AspNetCore.Identity.IdentityRole(role);
            await roles.CreateAsync(created);
            await roles.AddClaimAsync(created, new System.Security.Claims.Claim(Usta.Users.Permissions.ClaimType, Usta.Users.Permissions.AccessAdminPanel));
            return true;
        });
        var user = await site.Factory.SignedInAsync(role);

        Assert.Equal(HttpStatusCode.Forbidden, (await user.GetAsync(Url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await user.GetAsync(Url + "/Organisation")).StatusCode);
        var dashboard = await user.GetDocumentAsync("/Admin");
        Assert.Null(dashboard.QuerySelector("#admin-menu-settings"));
    }
}
