using System.Net;
using Microsoft.Extensions.DependencyInjection;
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
}
