using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Usta.Users;
using UstaOrchard.Core.Audit;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Users.Admin;

/// <summary>A signed-in user's own account: password and e-mail, each confirmed with the current password.</summary>
[Collection(UsersAdminCollection.Name)]
public sealed class AccountTests(UsersAdminFixture site)
{
    private const string NewPassword = "Mat-khau-rieng-cua-toi-3";

    [Fact]
    public async Task ChangePassword_NeedsTheCurrentOne_EndsOtherSessions_KeepsThisOne_AndClearsTheForcedChange()
    {
        var name = UsersAdminFixture.NewName("tu-doi");
        var client = await site.Factory.SignedInAsync("Author", name);
        var elsewhere = site.Factory.CreateBrowser();
        Assert.Equal(HttpStatusCode.Redirect, (await UsersAdminFixture.LogInAsync(elsewhere, name, SiteUsers.Password)).StatusCode);
        await site.Factory.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<UstaUser>>();
            var user = (await users.FindByNameAsync(name))!;
            user.MustChangePassword = true;
            return await users.UpdateAsync(user);
        });

        var wrong = await UsersAdminFixture.PostFormAsync(client, "/Admin/Account/Password", "password-form",
            ("Input.CurrentPassword", "Khong-phai-mat-khau-1"), ("Input.NewPassword", NewPassword), ("Input.ConfirmPassword", NewPassword));
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Equal("Mật khẩu hiện tại không đúng.", (await wrong.ReadDocumentAsync()).Text("[data-test=current-error]"));
        Assert.True((await site.FindAsync(name)).MustChangePassword);

        var right = await UsersAdminFixture.PostFormAsync(client, "/Admin/Account/Password", "password-form",
            ("Input.CurrentPassword", SiteUsers.Password), ("Input.NewPassword", NewPassword), ("Input.ConfirmPassword", NewPassword));
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);

        Assert.False((await site.FindAsync(name)).MustChangePassword);
        Assert.Equal("Đã đổi mật khẩu của bạn. Các phiên đăng nhập khác của bạn đã kết thúc.",
            (await client.GetDocumentAsync("/Admin/Account")).Text("[data-test=status]"));
        Assert.Equal(HttpStatusCode.Redirect, (await elsewhere.GetAsync("/Admin")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await UsersAdminFixture.LogInAsync(site.Factory.CreateBrowser(), name, NewPassword)).StatusCode);
        Assert.Equal(name, site.Audit.Single(AuditEvents.UserPasswordChanged, name).Actor);
    }

    [Fact]
    public async Task ChangePassword_ToACommonOne_IsRefused()
    {
        var name = UsersAdminFixture.NewName("pho-bien");
        var client = await site.Factory.SignedInAsync("Author", name);

        var response = await UsersAdminFixture.PostFormAsync(client, "/Admin/Account/Password", "password-form",
            ("Input.CurrentPassword", SiteUsers.Password), ("Input.NewPassword", "Admin@123456"), ("Input.ConfirmPassword", "Admin@123456"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Mật khẩu này nằm trong số những mật khẩu phổ biến nhất: hãy chọn mật khẩu khó đoán hơn.",
            (await response.ReadDocumentAsync()).Text("[data-test=new-error]"));
        Assert.Empty(site.Audit.For(AuditEvents.UserPasswordChanged, name));
    }

    [Fact]
    public async Task ChangeEmail_NeedsTheCurrentPassword()
    {
        var name = UsersAdminFixture.NewName("doi-email");
        var client = await site.Factory.SignedInAsync("Author", name);

        var wrong = await UsersAdminFixture.PostFormAsync(client, "/Admin/Account/Email", "email-form",
            ("Input.Email", "moi@example.org"), ("Input.CurrentPassword", "Khong-phai-mat-khau-1"));
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Equal("Mật khẩu hiện tại không đúng.", (await wrong.ReadDocumentAsync()).Text("[data-test=current-error]"));
        Assert.Null((await site.FindAsync(name)).Email);

        var right = await UsersAdminFixture.PostFormAsync(client, "/Admin/Account/Email", "email-form",
            ("Input.Email", "moi@example.org"), ("Input.CurrentPassword", SiteUsers.Password));
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal("moi@example.org", (await site.FindAsync(name)).Email);
        Assert.Equal("moi@example.org", (await client.GetDocumentAsync("/Admin/Account")).Text("[data-test=email]"));
        Assert.Equal(name, site.Audit.Single(AuditEvents.UserUpdated, name).Actor);
    }
}
