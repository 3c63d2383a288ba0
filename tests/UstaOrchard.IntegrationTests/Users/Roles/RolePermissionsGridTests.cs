using System.Net;
using AngleSharp.Html.Dom;
using Usta.Users;
using UstaOrchard.Core.Audit;
using UstaOrchard.Core.Security;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Users.Roles;

/// <summary>The permissions grid: what is ticked is stored, nothing else changes, and it counts on the next request.</summary>
public sealed class RolePermissionsGridTests(RolesSiteFixture site) : IClassFixture<RolesSiteFixture>
{
    private static string EditUrl(string role) => "/Admin/Roles/Edit/" + Uri.EscapeDataString(role);

    [Fact]
    public async Task Save_StoresExactlyWhatWasTicked_KeepingOtherClaims()
    {
        var role = RolesSiteFixture.NewRoleName("Luoi");
        // A description (not a permission) and a permission of a type deleted since: neither is the grid's to remove.
        await site.CreateRoleAsync(role, new System.Security.Claims.Claim("Description", "Nhóm thử"),
            RolesSiteFixture.Permission(Permissions.ManageMedia), RolesSiteFixture.Permission("EditContent_LoaiDaXoa"));
        var client = await site.Factory.SignedInAsync(Permissions.AdministratorRole, "quantri-grid");

        var page = await client.GetDocumentAsync(EditUrl(role));
        Assert.Equal([Permissions.ManageMedia], RolesSiteFixture.Ticked(page));
        Assert.Contains(page.QuerySelectorAll("[data-test=section] legend"), l => l.TextContent == "Quản trị");
        Assert.Contains(page.QuerySelectorAll("[data-test=section] label"), l => l.TextContent == "Quản lý chỉ mục tìm kiếm");
        Assert.NotNull(page.QuerySelector("[data-test=content-row][data-type=Article] input[value=PublishOwnContent_Article]"));

        var wanted = new[] { Permissions.AccessAdminPanel, ContentPermissions.ViewContent, "PublishContent_Article", "DeleteOwnContent_Page" };
        var response = await RolesSiteFixture.PostGridAsync(client, role, wanted);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        Assert.Equal(
            new[] { "Description=Nhóm thử", "Permission=AccessAdminPanel", "Permission=DeleteOwnContent_Page", "Permission=EditContent_LoaiDaXoa",
                "Permission=PublishContent_Article", "Permission=ViewContent" },
            await site.ClaimsAsync(role));
        Assert.Equal(wanted.Order(StringComparer.Ordinal), RolesSiteFixture.Ticked(await client.GetDocumentAsync(EditUrl(role))).Order(StringComparer.Ordinal));
        var changed = Assert.Single(site.Recorded(AuditEvents.RolePermissionsChanged, role));
        Assert.Equal("quantri-grid", changed.RequestUser);
        Assert.Equal("Thêm: AccessAdminPanel, DeleteOwnContent_Page, PublishContent_Article, ViewContent; Bỏ: ManageMedia", changed.Event.Details);

        // The same boxes again: nothing changes, nothing is recorded.
        Assert.Equal(HttpStatusCode.Redirect, (await RolesSiteFixture.PostGridAsync(client, role, wanted)).StatusCode);
        Assert.Single(site.Recorded(AuditEvents.RolePermissionsChanged, role));
    }

    [Fact]
    public async Task Save_RefusesNamesTheSiteDoesNotHave_StoringNothing()
    {
        var role = RolesSiteFixture.NewRoleName("LaLa");
        await site.CreateRoleAsync(role, RolesSiteFixture.Permission(Permissions.ManageMedia));
        var client = await site.Factory.SignedInAsync(Permissions.AdministratorRole);
        var before = await site.ClaimsAsync(role);

        foreach (var unknown in new[] { "ManageEverything", "EditContent_KhongCoLoaiNay", "Description" })
        {
            var response = await RolesSiteFixture.PostGridAsync(client, role, [Permissions.ManageUsers, unknown]);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains(unknown, (await response.ReadDocumentAsync()).Text("[data-test=error]"));
        }
        Assert.Equal(before, await site.ClaimsAsync(role));
        Assert.Empty(site.Recorded(AuditEvents.RolePermissionsChanged, role));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Admin/Roles/Edit/khong-co-vai-tro-nay")).StatusCode);
    }

    [Fact]
    public async Task Grid_MarksWhatATickedPermissionImplies()
    {
        var role = RolesSiteFixture.NewRoleName("NgamDinh");
        await site.CreateRoleAsync(role, RolesSiteFixture.Permission(ContentPermissions.PublishContent), RolesSiteFixture.Permission("DeleteContent_Article"));
        var client = await site.Factory.SignedInAsync(Permissions.AdministratorRole);
        var page = await client.GetDocumentAsync(EditUrl(role));

        bool Implied(string name) => page.QuerySelector($"input[value='{name}']")!.ParentElement!.QuerySelector("[data-test=implied]") is not null;
        Assert.True(Implied(ContentPermissions.PublishOwnContent));
        Assert.True(Implied(ContentPermissions.EditContent));
        Assert.True(Implied("EditOwnContent_Article"));
        Assert.True(Implied("DeleteOwnContent_Article"));
        Assert.False(Implied(ContentPermissions.PublishContent));
        Assert.False(Implied(ContentPermissions.DeleteOwnContent));
        Assert.False(Implied("DeleteOwnContent_Page"));
        Assert.False(Implied(Permissions.ManageUsers));
    }

    [Fact]
    public async Task AdministratorRole_ShowsEverythingHeldAndCannotBeChanged()
    {
        var client = await site.Factory.SignedInAsync(Permissions.AdministratorRole);
        var page = await client.GetDocumentAsync(EditUrl(Permissions.AdministratorRole));
        var boxes = page.QuerySelectorAll("#role-permissions input[type=checkbox]").OfType<IHtmlInputElement>().ToList();
        Assert.True(boxes.Count > 20);
        Assert.All(boxes, b => Assert.True(b.IsChecked && b.IsDisabled, b.Value));
        Assert.Null(page.QuerySelector("[data-test=save]"));
        var before = await site.ClaimsAsync(Permissions.AdministratorRole);

        var response = await RolesSiteFixture.PostGridAsync(client, Permissions.AdministratorRole, [Permissions.AccessAdminPanel]);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await site.ClaimsAsync(Permissions.AdministratorRole));
    }

    /// <summary>The test: a permission taken from the Editor role counts on the signed-in Editor's very next request.</summary>
    [Fact]
    public async Task PermissionRemovedFromARole_CountsOnTheNextRequest()
    {
        var editor = await site.Factory.SignedInAsync("Editor");
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/Admin/Media")).StatusCode);
        var admin = await site.Factory.SignedInAsync(Permissions.AdministratorRole);
        var held = RolesSiteFixture.Ticked(await admin.GetDocumentAsync(EditUrl("Editor")));
        Assert.Contains(Permissions.ManageMedia, held);

        try
        {
            Assert.Equal(HttpStatusCode.Redirect, (await RolesSiteFixture.PostGridAsync(admin, "Editor", held.Where(p => p != Permissions.ManageMedia))).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/Admin/Media")).StatusCode);
        }
        finally
        {
            Assert.Equal(HttpStatusCode.Redirect, (await RolesSiteFixture.PostGridAsync(admin, "Editor", held)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/Admin/Media")).StatusCode);
    }
}
