using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Usta.Users;
using UstaOrchard.Core.Audit;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Users.Admin;

[Collection(UsersAdminCollection.Name)]
public sealed class UserEditTests(UsersAdminFixture site)
{
    private static string EditUrl(UstaUser user) => "/Admin/Users/Edit/" + user.Id;

    [Fact]
    public async Task DisabledUser_IsSignedOutOnTheNextRequest_AndSignsInAgainOnceEnabled()
    {
        var name = UsersAdminFixture.NewName("bien-tap");
        var editor = await site.Factory.SignedInAsync("Editor", name);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/Admin")).StatusCode);
        var user = await site.FindAsync(name);
        var admin = await site.AdminAsync();

        var disabled = await UsersAdminFixture.PostFormAsync(admin, EditUrl(user), "disable-form");
        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        Assert.Equal("Tài khoản đã bị vô hiệu hóa: các phiên đăng nhập của nó kết thúc ngay ở yêu cầu kế tiếp.",
            (await admin.GetDocumentAsync(EditUrl(user))).Text("[data-test=status]"));

        var refused = await editor.GetAsync("/Admin");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/dang-nhap", refused.Headers.Location!.OriginalString);
        var again = Factory().CreateBrowser();
        Assert.Equal(HttpStatusCode.OK, (await UsersAdminFixture.LogInAsync(again, name, SiteUsers.Password)).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await UsersAdminFixture.PostFormAsync(admin, EditUrl(user), "enable-form")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await UsersAdminFixture.LogInAsync(again, name, SiteUsers.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/Admin")).StatusCode);

        Assert.Equal(TestAccounts.AdminUserName, site.Audit.Single(AuditEvents.UserDisabled, name).Actor);
        Assert.Equal(TestAccounts.AdminUserName, site.Audit.Single(AuditEvents.UserEnabled, name).Actor);
    }

    private UstaAppFactory Factory() => site.Factory;

    [Fact]
    public async Task Roles_AreSetFromTheCheckboxes_AndTheChangeIsRecorded()
    {
        var name = UsersAdminFixture.NewName("vai-tro");
        await site.Factory.SignedInAsync("Editor", name);
        var user = await site.FindAsync(name);
        var admin = await site.AdminAsync();

        var response = await UsersAdminFixture.PostFormAsync(admin, EditUrl(user), "roles-form", ("Input.Roles", "Author"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var roles = await site.Factory.InScopeAsync(async sp => await sp.GetRequiredService<UserManager<UstaUser>>().GetRolesAsync((await sp.GetRequiredService<UserManager<UstaUser>>().FindByNameAsync(name))!));
        Assert.Equal(["Author"], roles);
        var recorded = site.Audit.Single(AuditEvents.UserRolesChanged, name);
        Assert.Equal("+ Author; - Editor", recorded.Event.Details);
        Assert.Equal(TestAccounts.AdminUserName, recorded.Actor);

        var unknown = await UsersAdminFixture.PostFormAsync(admin, EditUrl(user), "roles-form", ("Input.Roles", "Khong-co-vai-tro-nay"));
        Assert.Equal(HttpStatusCode.Redirect, unknown.StatusCode);
        Assert.Equal("Hãy chọn vai trò trong danh sách.", (await admin.GetDocumentAsync(EditUrl(user))).Text("[data-test=error]"));
        Assert.Single(site.Audit.For(AuditEvents.UserRolesChanged, name));
    }

    [Fact]
    public async Task ResetPassword_EndsTheUsersSessions_AndMakesThemChooseTheirOwn()
    {
        var name = UsersAdminFixture.NewName("dat-lai");
        var editor = await site.Factory.SignedInAsync("Editor", name);
        var user = await site.FindAsync(name);
        var admin = await site.AdminAsync();

        var response = await UsersAdminFixture.PostFormAsync(admin, EditUrl(user), "reset-password-form",
            ("NewPassword", "Mot-mat-khau-moi-7"), ("ConfirmNewPassword", "Mot-mat-khau-moi-7"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        Assert.True((await site.FindAsync(name)).MustChangePassword);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.GetAsync("/Admin")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await UsersAdminFixture.LogInAsync(site.Factory.CreateBrowser(), name, "Mot-mat-khau-moi-7")).StatusCode);
        Assert.Equal(TestAccounts.AdminUserName, site.Audit.Single(AuditEvents.UserPasswordReset, name).Actor);
    }

    [Fact]
    public async Task LockedAccount_IsUnlocked()
    {
        var name = UsersAdminFixture.NewName("bi-khoa");
        await site.Factory.SignedInAsync("Editor", name);
        await site.Factory.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<UstaUser>>();
            return await users.SetLockoutEndDateAsync((await users.FindByNameAsync(name))!, DateTimeOffset.UtcNow.AddMinutes(15));
        });
        var user = await site.FindAsync(name);
        var admin = await site.AdminAsync();
        Assert.Contains("đang bị khóa", (await admin.GetDocumentAsync(EditUrl(user))).Text("[data-test=state]"));

        Assert.Equal(HttpStatusCode.Redirect, (await UsersAdminFixture.PostFormAsync(admin, EditUrl(user), "unlock-form")).StatusCode);

        Assert.Null((await site.FindAsync(name)).LockoutEnd);
        Assert.Equal(HttpStatusCode.Redirect, (await UsersAdminFixture.LogInAsync(site.Factory.CreateBrowser(), name, SiteUsers.Password)).StatusCode);
        Assert.Equal(TestAccounts.AdminUserName, site.Audit.Single(AuditEvents.UserUnlocked, name).Actor);
    }

    [Fact]
    public async Task Profile_WithAnInvalidEmail_IsRefusedWithAMessage_AndAValidOneIsSaved()
    {
        var name = UsersAdminFixture.NewName("ho-so");
        await site.Factory.SignedInAsync("Editor", name);
        var user = await site.FindAsync(name);
        var admin = await site.AdminAsync();

        var bad = await UsersAdminFixture.PostFormAsync(admin, EditUrl(user), "profile-form", ("Profile.Email", "khong-phai-email"));
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Equal("Hãy nhập địa chỉ e-mail hợp lệ.", (await bad.ReadDocumentAsync()).Text("[data-test=email-error]"));
        Assert.Empty(site.Audit.For(AuditEvents.UserUpdated, name));

        var good = await UsersAdminFixture.PostFormAsync(admin, EditUrl(user), "profile-form",
            ("Profile.Email", "toa-soan@example.org"), ("Profile.DisplayName", "Trần Thị Hồng"));
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        var saved = await site.FindAsync(name);
        Assert.Equal(("toa-soan@example.org", "Trần Thị Hồng"), (saved.Email, saved.DisplayName));
        Assert.Equal("tên hiển thị, e-mail", site.Audit.Single(AuditEvents.UserUpdated, name).Event.Details);
    }

    [Theory]
    [InlineData("khong-co-ai")]
    [InlineData("%27%20OR%201%3D1")]
    public async Task UnknownUser_Gets404(string id)
    {
        var admin = await site.AdminAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/Admin/Users/Edit/" + id)).StatusCode);
    }
}
