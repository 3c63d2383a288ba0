using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Usta.AuditTrail;
using Usta.AuditTrail.Retention;
using UstaOrchard.Core.Settings;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.AuditTrail;

/// <summary>The retention tab: 365 days by default, 1 to 3650 accepted, anything else refused in Vietnamese.</summary>
public sealed class AuditTrailSettingsTests(EditorSiteFixture site) : IClassFixture<EditorSiteFixture>
{
    private const string Url = "/Admin/Settings/AuditTrail";

    private Task<int> StoredAsync() => site.Factory.InScopeAsync(async sp =>
        (await sp.GetRequiredService<SiteService>().GetAsync()).Get<AuditTrailSettings>().RetentionDays);

    [Theory]
    [InlineData("0", "Số ngày lưu nhật ký phải từ 1 đến 3650.")]
    [InlineData("3651", "Số ngày lưu nhật ký phải từ 1 đến 3650.")]
    [InlineData("", "Hãy nhập số ngày lưu nhật ký hoạt động.")]
    [InlineData("nhiều", "'nhiều' không phải giá trị hợp lệ.")]
    public async Task AValueOutOfBounds_IsRefusedWithAMessage(string value, string message)
    {
        var admin = await site.Factory.SignedInAsync("Administrator");
        var before = await StoredAsync();
        var response = await admin.SubmitAsync(await admin.GetDocumentAsync(Url), "audit-settings",
            new Dictionary<string, string> { ["Input.RetentionDays"] = value }, Url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        Assert.Equal(message, page.Text("[data-test=error]"));
        Assert.Equal(before, await StoredAsync());
    }

    [Fact]
    public async Task AValidValue_IsSaved_AndTheTabIsAmongTheSettingsTabs()
    {
        var admin = await site.Factory.SignedInAsync("Administrator");
        var form = await admin.GetDocumentAsync(Url);
        Assert.Equal("365", form.GetElementById("retention-days")!.GetAttribute("value"));

        var response = await admin.SubmitAsync(form, "audit-settings", new Dictionary<string, string> { ["Input.RetentionDays"] = "30" }, Url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(30, await StoredAsync());
        var again = await admin.GetDocumentAsync(Url);
        Assert.Equal("30", again.GetElementById("retention-days")!.GetAttribute("value"));
        Assert.Equal("Đã lưu cài đặt.", again.Text("[data-test=status]"));
        await site.Factory.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<SiteService>().UpdateAsync(s => s.Put(new AuditTrailSettings()));
            return true;
        });
    }

    /// <summary>Whoever may shorten the retention may erase the trail of what they did: ManageSettings alone is not enough.</summary>
    [Fact]
    public async Task TheRetention_NeedsItsOwnPermission_NotManageSettings()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        string settingsOnly = "Cai-dat-" + tag, keepers = "Luu-vet-" + tag;
        await site.Factory.InScopeAsync(async sp =>
        {
            var roles = sp.GetRequiredService<RoleManager<IdentityRole>>();
            foreach (var (name, permission) in new[] { (settingsOnly, Usta.Users.Permissions.ManageSettings), (keepers, AuditTrailPermissions.ManageAuditTrailSettings) })
            {
                var role = new IdentityRole(name);
                await roles.CreateAsync(role);
                await roles.AddClaimAsync(role, new Claim(Usta.Users.Permissions.ClaimType, Usta.Users.Permissions.AccessAdminPanel));
                await roles.AddClaimAsync(role, new Claim(Usta.Users.Permissions.ClaimType, permission));
            }
            return true;
        });

        var settings = await site.Factory.SignedInAsync(settingsOnly);
        Assert.Equal(HttpStatusCode.Forbidden, (await settings.GetAsync(Url)).StatusCode);
        Assert.Null((await settings.GetDocumentAsync("/Admin")).GetElementById("admin-menu-settings-audit-trail"));

        var keeper = await site.Factory.SignedInAsync(keepers);
        try
        {
            var form = await keeper.GetDocumentAsync(Url);
            Assert.NotNull(form.GetElementById("admin-menu-settings-audit-trail"));
            Assert.Equal(HttpStatusCode.Redirect, (await keeper.SubmitAsync(form, "audit-settings", new Dictionary<string, string> { ["Input.RetentionDays"] = "400" }, Url)).StatusCode);
            Assert.Equal(400, await StoredAsync());
        }
        finally
        {
            await site.Factory.InScopeAsync(async sp =>
            {
                await sp.GetRequiredService<SiteService>().UpdateAsync(s => s.Put(new AuditTrailSettings()));
                return true;
            });
        }
    }
}
