using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Usta.Users;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Users.Admin;

/// <summary>
/// ManageUsers without being an Administrator: enough to run the editors' accounts, never enough to
/// become an Administrator or take one's account over.
/// </summary>
[Collection(UsersAdminCollection.Name)]
public sealed class UserManagerLimitsTests(UsersAdminFixture site)
{
    [Fact]
    public async Task AUserManager_CannotGiveTheAdministratorRole_NorResetAnAdministratorsPassword()
    {
        var roleName = "QuanLyNguoiDung" + Guid.NewGuid().ToString("N")[..6];
        await site.Factory.InScopeAsync(async sp =>
        {
            var roles = sp.GetRequiredService<RoleManager<IdentityRole>>();
            var role = new IdentityRole(roleName);
            Assert.True((await roles.CreateAsync(role)).Succeeded);
            await roles.AddClaimAsync(role, new Claim(Permissions.ClaimType, Permissions.AccessAdminPanel));
            await roles.AddClaimAsync(role, new Claim(Permissions.ClaimType, Permissions.ManageUsers));
            return true;
        });
        var managerName = UsersAdminFixture.NewName("quan-ly");
        var manager = await site.Factory.SignedInAsync(roleName, managerName);
        var self = await site.FindAsync(managerName);
        var otherAdminName = UsersAdminFixture.NewName("quan-tri");
        await site.Factory.SignedInAsync(Permissions.AdministratorRole, otherAdminName);
        var otherAdmin = await site.FindAsync(otherAdminName);

        await UsersAdminFixture.PostFormAsync(manager, "/Admin/Users/Edit/" + self.Id, "roles-form",
            ("Input.Roles", roleName), ("Input.Roles", Permissions.AdministratorRole));
        Assert.Equal("Chỉ quản trị viên mới được trao vai trò Quản trị viên.",
            (await manager.GetDocumentAsync("/Admin/Users/Edit/" + self.Id)).Text("[data-test=error]"));

        await UsersAdminFixture.PostFormAsync(manager, "/Admin/Users/Edit/" + otherAdmin.Id, "reset-password-form",
            ("NewPassword", "Chiem-quyen-2026!"), ("ConfirmNewPassword", "Chiem-quyen-2026!"));

        var (isAdmin, hashKept) = await site.Factory.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<UstaUser>>();
            var after = (await users.FindByIdAsync(otherAdmin.Id))!;
            return (await users.IsInRoleAsync((await users.FindByIdAsync(self.Id))!, Permissions.AdministratorRole), after.PasswordHash == otherAdmin.PasswordHash);
        });
        Assert.False(isAdmin);
        Assert.True(hashKept);
    }
}
