using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Usta.Users;
using UstaOrchard.Core.Settings;
using UstaOrchard.IntegrationTests.Infrastructure;
using static UstaOrchard.IntegrationTests.Users.TwoFactor.TwoFactorSite;

namespace UstaOrchard.IntegrationTests.Users.TwoFactor;

/// <summary>What a user must do before the admin opens: change an initial password; set up two-step verification where the site requires it of Administrators.</summary>
public sealed class AccountRequirementsTests(TwoFactorSite site) : IClassFixture<TwoFactorSite>, IAsyncLifetime
{
    private static string NewName(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..8];

    public Task InitializeAsync() => RequireTwoFactorAsync(true);

    public Task DisposeAsync() => Task.CompletedTask;

    private Task RequireTwoFactorAsync(bool required) => site.Factory.InScopeAsync(async sp =>
    {
        await sp.GetRequiredService<SiteService>().UpdateAsync(s =>
        {
            var section = s.Get<UserSecuritySettings>();
            section.RequireTwoFactorForAdministrators = required;
            s.Put(section);
        });
        return true;
    });

    [Fact]
    public async Task AdministratorWithoutAuthenticator_IsSentToEnrol_AndReachesTheAdminOnceEnrolled()
    {
        var client = await site.Factory.SignedInAsync("Administrator", NewName("quan-tri"));
        foreach (var url in new[] { "/Admin", "/Admin/Contents", "/Admin/Contents/Create/Page" })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal(TwoFactorPath, Location(response));
        }
        // A POST is turned back too, before its handler runs.
        var token = (await client.GetDocumentAsync(TwoFactorPath)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var post = await client.PostAsync("/Admin/Contents/Create/Page", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.Equal(TwoFactorPath, Location(post));

        await EnrolAsync(client);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Admin/Contents")).StatusCode);

        // Required: it cannot be turned off again.
        var page = await client.GetDocumentAsync(TwoFactorPath);
        var refused = await client.SubmitAsync(page, "disable-form", new Dictionary<string, string> { ["Secret"] = SiteUsers.Password }, TwoFactorPath);
        Assert.Equal("Trang này bắt buộc quản trị viên dùng xác thực hai bước; không thể tắt.", (await refused.ReadDocumentAsync()).Text("#secret-error"));
    }

    [Fact]
    public async Task Editor_IsNotAskedToEnrol()
    {
        var client = await site.Factory.SignedInAsync("Editor", NewName("bien-tap"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Admin/Contents")).StatusCode);
    }

    [Fact]
    public async Task MustChangePassword_SendsEveryOtherAdminPageToThePasswordPage_UntilChanged()
    {
        var name = NewName("doi-mat-khau");
        await site.CreateUserAsync(name, "Editor", u => u.MustChangePassword = true);
        var client = site.Factory.CreateBrowser();
        Assert.Equal("/Admin", Location(await PasswordAsync(client, name)));
        foreach (var url in new[] { "/Admin", "/Admin/Contents", TwoFactorPath })
            Assert.Equal("/Admin/Account/Password", Location(await client.GetAsync(url)));

        await site.Factory.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<UstaUser>>();
            var user = (await users.FindByNameAsync(name))!;
            user.MustChangePassword = false;
            return (await users.UpdateAsync(user)).Succeeded;
        });
        // Read on the next request: the same session now opens the admin.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Admin/Contents")).StatusCode);
    }
}
