using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Usta.Users;
using UstaOrchard.Core.Audit;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.AuditTrail;

/// <summary>
/// The real trail (Usta.AuditTrail's table) records what the users, roles, settings and sign-in pages
/// do: each event once, under the user who did it. The modules' own tests check their calls with a
/// recording trail; this checks that the calls reach the table through the real pages.
/// </summary>
public sealed class AdministrationEventTests(EditorSiteFixture site) : IClassFixture<EditorSiteFixture>
{
    [Fact]
    public async Task SignIns_Users_Roles_AndSettings_AreEachRecordedOnce_UnderWhoDidIt()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var adminName = "quan-tri-" + suffix;
        var target = "bien-tap-" + suffix;
        var stranger = "nguoi-la-" + suffix;
        var role = "Vai tro " + suffix;
        site.Factory.Logs.Expect(e => e.Message.Contains(stranger));

        var admin = await site.Factory.SignedInAsync(Permissions.AdministratorRole, adminName);
        var targetId = await site.Factory.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<UstaUser>>();
            var user = new UstaUser { UserName = target };
            Assert.True((await users.CreateAsync(user, SiteUsers.Password)).Succeeded);
            await users.AddToRoleAsync(user, "Editor");
            return user.Id;
        });

        // A failed sign-in is recorded under the name typed, even one that does not exist.
        var anonymous = site.Factory.CreateBrowser();
        var login = await anonymous.GetDocumentAsync("/dang-nhap");
        await anonymous.SubmitAsync(login, "login-form", new Dictionary<string, string>
        {
            ["Input.UserName"] = stranger,
            ["Input.Password"] = "Sai-mat-khau-2026!",
        }, "/dang-nhap");

        var edit = await admin.GetDocumentAsync("/Admin/Users/Edit/" + targetId);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(edit, "disable-form", new Dictionary<string, string>(), "/Admin/Users/Edit/" + targetId)).StatusCode);

        var create = await admin.GetDocumentAsync("/Admin/Roles/Create");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(create, "role-create", new Dictionary<string, string> { ["Input.Name"] = role }, "/Admin/Roles/Create")).StatusCode);

        var organisation = await admin.GetDocumentAsync("/Admin/Settings/Organisation");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(organisation, "settings-organisation-form",
            new Dictionary<string, string> { ["Input.Phone"] = "0251 3822 " + Random.Shared.Next(100, 999) }, "/Admin/Settings/Organisation")).StatusCode);

        var rows = await AuditRows.WhereAsync(site.Factory.Services, q => q.Where(r =>
            r.UserName == adminName || r.UserName == stranger || r.Subject == target || r.Subject == role));
        var seen = rows.Select(r => (r.Category, r.Name, r.UserName, r.Subject)).ToList();

        Assert.Single(seen, e => e == (AuditEvents.SignIn, AuditEvents.SignedIn, adminName, adminName));
        Assert.Single(seen, e => e.Category == AuditEvents.SignIn && e.Name == AuditEvents.SignInFailed && e.UserName == stranger);
        Assert.Single(seen, e => e == (AuditEvents.User, AuditEvents.UserDisabled, adminName, target));
        Assert.Single(seen, e => e == (AuditEvents.Role, AuditEvents.RoleCreated, adminName, role));
        Assert.Single(seen, e => e.Category == AuditEvents.Settings && e.Name == AuditEvents.SettingsChanged && e.UserName == adminName);
    }
}
