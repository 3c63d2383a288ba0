using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Usta.Users;
using UstaOrchard.Core.Audit;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Users.Roles;

/// <summary>The roles list, creating a role and deleting one, through the admin pages as an Administrator uses them.</summary>
public sealed class RolesAdminTests(RolesSiteFixture site) : IClassFixture<RolesSiteFixture>
{
    private Task<HttpClient> AdministratorAsync(string userName) => site.Factory.SignedInAsync(Permissions.AdministratorRole, userName);

    private static async Task<HttpResponseMessage> CreateAsync(HttpClient client, string name, string description = "")
    {
        var page = await client.GetDocumentAsync("/Admin/Roles/Create");
        return await client.SubmitAsync(page, "role-create", new Dictionary<string, string>
        {
            ["Input.Name"] = name,
            ["Input.Description"] = description,
        }, "/Admin/Roles/Create");
    }

    [Fact]
    public async Task List_ShowsEachRoleWithItsUsersAndTheBuiltInRolesInVietnamese()
    {
        var role = RolesSiteFixture.NewRoleName("Nhom");
        await site.CreateRoleAsync(role);
        await site.Factory.SignedInAsync(role);
        await site.Factory.SignedInAsync(role);
        var client = await AdministratorAsync("quantri-list");

        var page = await client.GetDocumentAsync("/Admin/Roles");
        var row = page.QuerySelector($"[data-test=role][data-role='{role}']")!;
        Assert.Equal("2", row.Text("[data-test=users]"));
        var editor = page.QuerySelector("[data-test=role][data-role=Editor]")!;
        Assert.Equal("Biên tập viên", editor.Text("[data-test=role-name]"));
        Assert.NotEmpty(editor.Text("[data-test=description]"));
        Assert.Equal("Quản trị viên", page.QuerySelectorAll("[data-test=role]")[0].Text("[data-test=role-name]"));
        Assert.Null(page.QuerySelector("[data-role=Administrator] [data-test=delete]"));
        Assert.NotNull(page.QuerySelector("#admin-menu-roles"));
    }

    [Fact]
    public async Task Create_MakesTheRoleOnceAndRecordsIt_RefusingDuplicatesAndBadNames()
    {
        var client = await AdministratorAsync("quantri-create");
        var name = RolesSiteFixture.NewRoleName("Phóng viên");

        var response = await CreateAsync(client, name, "Viết tin ảnh");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Admin/Roles/Edit/" + Uri.EscapeDataString(name), response.Headers.Location?.OriginalString);
        Assert.Contains("Description=Viết tin ảnh", await site.ClaimsAsync(name));
        var created = Assert.Single(site.Recorded(AuditEvents.RoleCreated, name));
        Assert.Equal("quantri-create", created.RequestUser);

        // Same name in other case: refused with a message, nothing recorded.
        var again = await CreateAsync(client, name.ToUpperInvariant());
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("đã có", (await again.ReadDocumentAsync()).Text("[data-test=name-error]"));
        Assert.Empty(site.Recorded(AuditEvents.RoleCreated, name.ToUpperInvariant()));

        foreach (var bad in new[] { "", "x", new string('a', 41), "Biên tập<script>", "hai  dấu cách", "a/b" })
        {
            var refused = await CreateAsync(client, bad);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.NotEmpty((await refused.ReadDocumentAsync()).Text("[data-test=name-error]"));
        }
        var all = await site.Factory.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<RoleManager<IdentityRole>>().Roles.Select(r => r.Name).ToList()));
        Assert.DoesNotContain(all, r => r is "x" or "a/b" || r!.StartsWith("Biên tập<", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Delete_SaysHowManyLoseTheRole_AndTheyLoseOnlyIt()
    {
        var role = RolesSiteFixture.NewRoleName("Tam");
        await site.CreateRoleAsync(role, RolesSiteFixture.Permission(Permissions.AccessAdminPanel), RolesSiteFixture.Permission(Permissions.ManageMedia));
        var member = "thanhvien-" + Guid.NewGuid().ToString("N")[..6];
        var memberClient = await site.Factory.SignedInAsync(role, member);
        await site.Factory.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<UstaUser>>();
            await users.AddToRoleAsync((await users.FindByNameAsync(member))!, "Author");
            return true;
        });
        Assert.Equal(HttpStatusCode.OK, (await memberClient.GetAsync("/Admin/Media")).StatusCode);

        var client = await AdministratorAsync("quantri-delete");
        var url = "/Admin/Roles/Delete/" + Uri.EscapeDataString(role);
        var confirm = await client.GetDocumentAsync(url);
        Assert.StartsWith("1 người dùng", confirm.Text("[data-test=consequence]"));
        var response = await client.SubmitAsync(confirm, "role-delete", new Dictionary<string, string>(), url);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var (exists, roles) = await site.Factory.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<UstaUser>>();
            var user = await users.FindByNameAsync(member);
            return (await sp.GetRequiredService<RoleManager<IdentityRole>>().RoleExistsAsync(role), user is null ? null : await users.GetRolesAsync(user));
        });
        Assert.False(exists);
        Assert.Equal(["Author"], roles!);
        // Its rights are gone on the member's very next request; the account and the other role stay.
        Assert.Equal(HttpStatusCode.Forbidden, (await memberClient.GetAsync("/Admin/Media")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await memberClient.GetAsync("/Admin")).StatusCode);
        var deleted = Assert.Single(site.Recorded(AuditEvents.RoleDeleted, role));
        Assert.Equal("quantri-delete", deleted.RequestUser);
        Assert.Contains("1", deleted.Event.Details);
    }

    [Fact]
    public async Task Delete_RefusesTheAdministratorRole()
    {
        var client = await AdministratorAsync("quantri-refused");
        var page = await client.GetDocumentAsync("/Admin/Roles/Delete/Administrator", HttpStatusCode.BadRequest);
        Assert.Contains("Quản trị viên", page.Text("[data-test=error]"));

        var token = (await client.GetDocumentAsync("/Admin/Roles")).QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
                    ?? (await client.GetDocumentAsync("/dang-xuat")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var response = await client.PostAsync("/Admin/Roles/Delete/Administrator", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(await site.Factory.InScopeAsync(sp => sp.GetRequiredService<RoleManager<IdentityRole>>().RoleExistsAsync(Permissions.AdministratorRole)));
        Assert.Empty(site.Recorded(AuditEvents.RoleDeleted, Permissions.AdministratorRole));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Admin/Roles/Delete/khong-co-vai-tro-nay")).StatusCode);
    }

    /// <summary>Past the admin gate each roles page and handler asks for ManageRoles: an Editor, who may open the admin, is refused them all.</summary>
    [Fact]
    public async Task EveryRolesPage_RefusesAUserWithoutManageRoles()
    {
        var role = RolesSiteFixture.NewRoleName("ConLai");
        await site.CreateRoleAsync(role, RolesSiteFixture.Permission(Permissions.ManageMedia));
        var editor = await site.Factory.SignedInAsync("Editor");
        var token = (await editor.GetDocumentAsync("/Admin")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        foreach (var url in new[] { "/Admin/Roles", "/Admin/Roles/Create", "/Admin/Roles/Edit/" + role, "/Admin/Roles/Delete/" + role })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync(url)).StatusCode);
            if (url == "/Admin/Roles") continue; // the list has no POST handler
            var post = await editor.PostAsync(url, new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Input.Name", "Moi-" + role)]));
            Assert.True(post.StatusCode == HttpStatusCode.Forbidden, $"POST {url}: {(int)post.StatusCode}");
        }
        Assert.Equal([$"Permission={Permissions.ManageMedia}"], await site.ClaimsAsync(role));
        Assert.False(await site.Factory.InScopeAsync(sp => sp.GetRequiredService<RoleManager<IdentityRole>>().RoleExistsAsync("Moi-" + role)));
        Assert.Null((await editor.GetDocumentAsync("/Admin")).QuerySelector("#admin-menu-roles"));
    }
}
