using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Usta.Users;
using Usta.Users.Administration;
using UstaOrchard.Core.Audit;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Users.Admin;

/// <summary>
/// On a site of its own (PostgreSQL, where two transactions truly overlap), where the setup's
/// administrator is the only one: it can be neither disabled nor demoted.
/// </summary>
public sealed class LastAdministratorTests(PostgresUsersAdminFixture site) : IClassFixture<PostgresUsersAdminFixture>, IAsyncLifetime
{
    private const string NotAnAdministrator = "Chỉ quản trị viên mới được thay đổi tài khoản của một quản trị viên.";
    private const string Message = "Đây là quản trị viên cuối cùng còn hoạt động: hãy cấp vai trò Administrator cho người dùng khác trước.";
    private const string ManagerRole = "QuanLyNguoiDung";

    public Task InitializeAsync()
    {
        site.Factory.Logs.Expect(e => e.Message == "Refused a change that would leave no enabled administrator");
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>A user who may manage users but is no administrator.</summary>
    private async Task<HttpClient> ManagerAsync()
    {
        await site.Factory.InScopeAsync(async sp =>
        {
            var roles = sp.GetRequiredService<RoleManager<IdentityRole>>();
            if (await roles.FindByNameAsync(ManagerRole) is not null) return true;
            var role = new IdentityRole(ManagerRole);
            await roles.CreateAsync(role);
            await roles.AddClaimAsync(role, new Claim(Permissions.ClaimType, Permissions.AccessAdminPanel));
            await roles.AddClaimAsync(role, new Claim(Permissions.ClaimType, Permissions.ManageUsers));
            return true;
        });
        return await site.Factory.SignedInAsync(ManagerRole);
    }

    private async Task<string> EditUrlAsync(string userName) => "/Admin/Users/Edit/" + (await site.FindAsync(userName)).Id;

    [Fact]
    public async Task LastAdministrator_CannotBeDisabledNorLoseTheRole()
    {
        // A user manager who is no administrator may not touch an administrator's account at all.
        var manager = await ManagerAsync();
        var url = await EditUrlAsync(TestAccounts.AdminUserName);
        var disable = await UsersAdminFixture.PostFormAsync(manager, url, "disable-form");
        Assert.Equal(HttpStatusCode.Redirect, disable.StatusCode);
        Assert.Equal(NotAnAdministrator, (await manager.GetDocumentAsync(url)).Text("[data-test=error]"));
        Assert.False((await site.FindAsync(TestAccounts.AdminUserName)).IsDisabled);

        // The last administrator cannot demote themselves either.
        var admin = await site.AdminAsync();
        var demote = await UsersAdminFixture.PostFormAsync(admin, url, "roles-form", ("Input.Roles", "Editor"));
        Assert.Equal(HttpStatusCode.Redirect, demote.StatusCode);
        Assert.Equal(Message, (await admin.GetDocumentAsync(url)).Text("[data-test=error]"));
        Assert.Equal(["Administrator"], await RolesOfAsync(TestAccounts.AdminUserName));

        Assert.Empty(site.Audit.For(AuditEvents.UserDisabled, TestAccounts.AdminUserName));
        Assert.Empty(site.Audit.For(AuditEvents.UserRolesChanged, TestAccounts.AdminUserName));
        Assert.Equal(HttpStatusCode.OK, (await (await site.AdminAsync()).GetAsync("/Admin/Users")).StatusCode);
    }

    [Fact]
    public async Task Administrator_CannotDisableThemselves()
    {
        var admin = await site.AdminAsync();
        var url = await EditUrlAsync(TestAccounts.AdminUserName);
        var page = await admin.GetDocumentAsync(url);
        Assert.Null(page.GetElementById("disable-form"));
        var token = page.QuerySelector("#profile-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var response = await admin.PostAsync(url + "?handler=Disable", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Bạn không thể vô hiệu hóa tài khoản của chính mình.", (await admin.GetDocumentAsync(url)).Text("[data-test=error]"));
        Assert.False((await site.FindAsync(TestAccounts.AdminUserName)).IsDisabled);
    }

    /// <summary>
    /// Two administrators, each disabling the other at the same moment through the service (two scopes,
    /// two connections): one change wins, the other is refused, and one administrator is left.
    /// </summary>
    [Fact]
    public async Task TwoAdministratorsDisablingEachOther_LeaveOneEnabled()
    {
        var a = UsersAdminFixture.NewName("qtv-a");
        var b = UsersAdminFixture.NewName("qtv-b");
        await site.Factory.SignedInAsync("Administrator", a);
        await site.Factory.SignedInAsync("Administrator", b);
        // The setup's administrator steps aside for this test (then the two are the only ones).
        await SetDisabledDirectlyAsync(TestAccounts.AdminUserName, true);
        try
        {
            var results = await Task.WhenAll(DisableAsync(a, by: b), DisableAsync(b, by: a));
            Assert.Single(results, r => r.Succeeded);
            Assert.Single(results, r => !r.Succeeded && r.Errors.Single().Description == Message);
            Assert.Equal(1, await site.Factory.InScopeAsync(sp => sp.GetRequiredService<UserAdministration>().CountActiveAdministratorsAsync(CancellationToken.None)));
        }
        finally
        {
            await SetDisabledDirectlyAsync(TestAccounts.AdminUserName, false);
            await SetDisabledDirectlyAsync(a, true);
            await SetDisabledDirectlyAsync(b, true);
        }
    }

    private Task<IdentityResult> DisableAsync(string userName, string by) => site.Factory.InScopeAsync(async sp =>
    {
        var users = sp.GetRequiredService<UserManager<UstaUser>>();
        var actor = (await users.FindByNameAsync(by))!;
        return await sp.GetRequiredService<UserAdministration>().SetDisabledAsync((await users.FindByNameAsync(userName))!, true, actor.Id, CancellationToken.None);
    });

    private Task SetDisabledDirectlyAsync(string userName, bool disabled) => site.Factory.InScopeAsync(async sp =>
    {
        var users = sp.GetRequiredService<UserManager<UstaUser>>();
        var user = (await users.FindByNameAsync(userName))!;
        user.IsDisabled = disabled;
        return await users.UpdateAsync(user);
    });

    private Task<IList<string>> RolesOfAsync(string userName) => site.Factory.InScopeAsync(async sp =>
    {
        var users = sp.GetRequiredService<UserManager<UstaUser>>();
        return await users.GetRolesAsync((await users.FindByNameAsync(userName))!);
    });
}
