using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Usta.Users;
using UstaOrchard.Core.Data;
using UstaOrchard.Core.Recipes;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Users;

/// <summary>Roles of a site made before per-type content permissions, and permission names a recipe may give a role.</summary>
public sealed class RolesMigrationTests
{
    private static Task<Dictionary<string, string[]>> RolesAsync(TestSite site) => site.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<UstaDbContext>();
        var roles = await db.Set<IdentityRole>().ToListAsync();
        var claims = await db.Set<IdentityRoleClaim<string>>().Where(c => c.ClaimType == Permissions.ClaimType).ToListAsync();
        return roles.ToDictionary(r => r.Name!, r => claims.Where(c => c.RoleId == r.Id).Select(c => c.ClaimValue!).Order().ToArray());
    });

    private static Task SetClaimsAsync(TestSite site, string role, params string[] permissions) => site.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<UstaDbContext>();
        var id = await db.Set<IdentityRole>().Where(r => r.Name == role).Select(r => r.Id).SingleAsync();
        await db.Set<IdentityRoleClaim<string>>().Where(c => c.RoleId == id).ExecuteDeleteAsync();
        foreach (var permission in permissions)
            db.Add(new IdentityRoleClaim<string> { RoleId = id, ClaimType = Permissions.ClaimType, ClaimValue = permission });
        await db.SaveChangesAsync();
    });

    [Fact]
    public async Task SiteWithTheOldManageContent_GetsTheNewPermissions_AndAContributorRole()
    {
        var database = TestDatabase.Sqlite();
        await using var first = await TestSite.CreateAsync(database, setUp: true);
        // The roles as the site had them before issue 7.
        await SetClaimsAsync(first, "Editor", "AccessAdminPanel", "ManageContent", "PublishContent");
        await SetClaimsAsync(first, "Author", "AccessAdminPanel", "ManageContent");
        await first.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<UstaDbContext>();
            var contributor = await db.Set<IdentityRole>().Where(r => r.Name == "Contributor").Select(r => r.Id).SingleAsync();
            await db.Set<IdentityRoleClaim<string>>().Where(c => c.RoleId == contributor).ExecuteDeleteAsync();
            await db.Set<IdentityUserRole<string>>().Where(c => c.RoleId == contributor).ExecuteDeleteAsync();
            await db.Set<IdentityRole>().Where(r => r.Id == contributor).ExecuteDeleteAsync();
            await db.ModuleMigrations.Where(m => m.ModuleId == UsersStartup.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.Version, 1));
        });
        var administrator = (await RolesAsync(first))["Administrator"];

        await using var second = await TestSite.CreateAsync(database, dataPath: first.DataPath);

        var roles = await RolesAsync(second);
        Assert.Equal(["AccessAdminPanel", "DeleteContent", "ManageMedia", "PublishContent"], roles["Editor"]);
        Assert.Equal(["AccessAdminPanel", "DeleteOwnContent", "EditOwnContent", "SubmitOwnContent"], roles["Author"]);
        Assert.Equal(["AccessAdminPanel", "EditOwnContent"], roles["Contributor"]);
        Assert.Equal(administrator, roles["Administrator"]);
    }

    // Recipes written for Orchard name permissions this site lacks (ViewOwnContent, ListContent, …):
    // such a permission is left out and named in the step's summary and the journal, not fatal.
    [Theory]
    [InlineData("EditContnet")]
    [InlineData("EditContent_Khong")]
    [InlineData("ManageContent")]
    public async Task RolesStep_WithAnUnknownPermission_LeavesItOut_AndNamesIt(string permission)
    {
        await using var site = await TestSite.CreateAsync(TestDatabase.Sqlite());
        var recipe = Recipe.Parse($$"""{ "name": "roles", "steps": [ { "name": "Roles", "Roles": [ { "Name": "Biên tập", "Permissions": [ "AccessAdminPanel", "{{permission}}" ] } ] } ] }""");

        var result = await site.Services.GetRequiredService<RecipeExecutor>().ExecuteAsync(recipe, new RecipeOptions());

        Assert.Equal($"1 vai trò; bỏ qua các quyền trang này không có: {permission}", result.Steps[0].Summary);
        Assert.Contains(result.Journal.Changes, c => c.Kind == RecipeChangeKind.Skipped && c.Key == $"Biên tập/{permission}");
        Assert.Equal(["AccessAdminPanel"], (await RolesAsync(site))["Biên tập"]);
    }

    [Fact]
    public async Task RolesStep_WithPerTypePermissionsOfDefinedTypes_IsApplied()
    {
        await using var site = await TestSite.CreateAsync(TestDatabase.Sqlite());
        var recipe = Recipe.Parse("""{ "name": "roles", "steps": [ { "name": "Roles", "Roles": [ { "Name": "Biên tập trang", "Permissions": [ "AccessAdminPanel", "EditContent_Page", "PublishOwnContent_Article", "ManageMedia" ] } ] } ] }""");

        await site.Services.GetRequiredService<RecipeExecutor>().ExecuteAsync(recipe, new RecipeOptions());

        Assert.Equal(["AccessAdminPanel", "EditContent_Page", "ManageMedia", "PublishOwnContent_Article"], (await RolesAsync(site))["Biên tập trang"]);
    }
}
