using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Usta.Contents.Scheduling;
using Usta.Media;
using Usta.Users;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;
using UstaOrchard.Core.Media;
using UstaOrchard.Core.Recipes;
using UstaOrchard.Core.Recipes.Export;
using UstaOrchard.Core.Settings;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Recipes.Export;

/// <summary>
/// The backup procedure: export the whole seeded and edited site to a .zip, apply it to a site set up
/// with the blank recipe, and find every version, setting, role, user, plan and media file the same.
/// </summary>
public abstract class BackupRoundTripTests
{
    private const string SecondUser = "bientap2";
    private const string SecondPassword = "Bien-tap-2026!";

    // A 1×1 PNG: the media step checks that a .png starts like one.
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    protected abstract TestDatabase NewDatabase();

    [SkippableFact]
    public async Task WholeSite_ExportedAndAppliedToABlankSite_IsTheSameSite()
    {
        var work = Paths.NewDataFolder();
        try
        {
            await using var source = await TestSite.CreateAsync(NewDatabase(), setUp: true);
            var edited = await EditAsync(source);
            var expected = await SiteComparison.TakeAsync(source);
            var expectedMenu = await MenuLinesAsync(source);

            var zip = Path.Combine(work, "sao-luu.zip");
            var exported = await source.InScopeAsync(sp => sp.GetRequiredService<RecipeExporter>().WriteFileAsync(zip, RecipeExportOptions.WholeSite()));
            Assert.True(exported.Files > 1, $"{exported.Files} files"); // the seed's photographs and the upload

            await using var target = await TestSite.CreateAsync(NewDatabase(), setUp: true,
                settings: new Dictionary<string, string?> { ["Setup:Recipe"] = "blank" });
            Assert.Empty((await SiteComparison.TakeAsync(target)).Versions);
            var recipe = await Recipe.LoadAsync(await RecipeArchive.ExtractAsync(zip, Path.Combine(work, "giai-nen")));
            await target.Services.GetRequiredService<RecipeExecutor>().ExecuteAsync(recipe, new RecipeOptions { ReplaceExistingUsers = true });

            var actual = await SiteComparison.TakeAsync(target);
            Same(expected.Versions, actual.Versions);
            Same(expected.Routes, actual.Routes);
            Same(expected.Plans, actual.Plans);
            Same(expected.Definitions, actual.Definitions);
            Assert.Equal(expected.Settings, actual.Settings);
            Same(expected.Roles, actual.Roles);
            Same(expected.Users, actual.Users);
            Same(expected.Indexes, actual.Indexes);
            Same(expected.Media, actual.Media);

            // The edits are in what was compared: a comparison of two empty lists proves nothing.
            Assert.Contains(actual.Versions, v => v.Contains(edited.RecycledId) && v.Contains("\"Latest\":false"));
            Assert.Contains(actual.Plans, p => p.StartsWith(edited.ScheduledId));
            Assert.Contains(actual.Media, m => m.StartsWith("tai-len/anh-thu.png "));
            Assert.Contains(actual.Roles, r => r.StartsWith("Reviewer: "));
            // The main menu, edited, reads the same: its entries, nesting and the items they name.
            Assert.Contains("Tin tức – Sự kiện > VUSTA https://vusta.vn/", expectedMenu);
            Assert.Equal(expectedMenu, await MenuLinesAsync(target));
            await target.InScopeAsync(async sp =>
            {
                var users = sp.GetRequiredService<UserManager<UstaUser>>();
                Assert.True(await users.CheckPasswordAsync((await users.FindByNameAsync(SecondUser))!, SecondPassword));
                Assert.True(await users.CheckPasswordAsync((await users.FindByNameAsync(TestAccounts.AdminUserName))!, TestAccounts.AdminPassword));
            });
        }
        finally
        {
            Paths.DeleteFolder(work);
        }
    }

    // Says which lines are missing and which are extra: a whole-list diff of long JSON lines hides them.
    private static void Same(IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        var missing = expected.Except(actual).ToList();
        var extra = actual.Except(expected).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0, $"missing:\n{string.Join("\n", missing)}\nextra:\n{string.Join("\n", extra)}");
        Assert.Equal(expected, actual);
    }

    private sealed record Edits(string RecycledId, string ScheduledId);

    private static Task<List<string>> MenuLinesAsync(TestSite site) => site.InScopeAsync(async sp =>
    {
        var lines = new List<string>();
        void Walk(IEnumerable<Usta.Contents.Menus.MenuLink> links, string prefix)
        {
            foreach (var link in links)
            {
                lines.Add($"{prefix}{link.Title} {link.Url}");
                Walk(link.Children, prefix + link.Title + " > ");
            }
        }
        Walk((await sp.GetRequiredService<Usta.Contents.Menus.MainMenu>().GetAsync(default)).Items, "");
        return lines;
    });

    // A second published version of the main menu, with an outside link nested under its first entry.
    private static Task EditMenuAsync(TestSite site) => site.InScopeAsync(async sp =>
    {
        var menu = (await Usta.Contents.Menus.MainMenu.FindAsync(sp.GetRequiredService<UstaDbContext>(), latest: true, default))!;
        menu.Alter<Usta.Contents.Menus.MenuItemsListPart>(p => (p.MenuItems[0].MenuItemsListPart ??= new()).MenuItems.Add(new Usta.Contents.Menus.MenuItemEntry
        {
            ContentItemId = IdGenerator.NewId(), ContentType = Usta.Contents.Menus.MenuTypes.LinkMenuItem, DisplayText = "VUSTA",
            LinkMenuItemPart = new Usta.Contents.Menus.LinkMenuItemPart { Name = "VUSTA", Url = "https://vusta.vn/" },
        }));
        Assert.True((await sp.GetRequiredService<ContentManager>().SaveAndPublishAsync(menu)).Succeeded);
    });

    private static async Task<Edits> EditAsync(TestSite site)
    {
        var ids = await site.InScopeAsync(async sp => await sp.GetRequiredService<UstaDbContext>().ContentItems.AsNoTracking()
            .Where(x => x.ContentType == "Article" && x.Published).OrderBy(x => x.Id).Select(x => x.ContentItemId).Take(5).ToListAsync());
        Assert.Equal(5, ids.Count);

        await ChangeAsync(site, ids[0], "bản nháp", publish: false);           // a draft above the published version
        await ChangeAsync(site, ids[1], "sửa lần 1", publish: true);           // several published versions
        await ChangeAsync(site, ids[1], "sửa lần 2", publish: true);
        await site.InScopeAsync(sp => sp.GetRequiredService<ContentManager>().UnpublishAsync(ids[2]));
        await ChangeAsync(site, ids[3], "hẹn giờ", publish: false);            // a draft planned for later
        await site.InScopeAsync(sp => sp.GetRequiredService<IPublishScheduler>().ScheduleAsync(ids[3], DateTime.UtcNow.AddDays(2), "admin"));
        await site.InScopeAsync(sp => sp.GetRequiredService<ContentManager>().RemoveAsync(ids[4]));
        await EditMenuAsync(site);

        await site.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<IFileStore>().WriteAsync("tai-len/anh-thu.png", new MemoryStream(Png), overwrite: false);
            await sp.GetRequiredService<MediaChanges>().NotifyAsync(new MediaChange(MediaChangeKind.Written, "tai-len/anh-thu.png"), default);

            await sp.GetRequiredService<SiteService>().UpdateAsync(s =>
            {
                s.SiteName = "Trang đã khôi phục";
                var organisation = s.Get<OrganisationSettings>();
                organisation.Phone = "0251.0000000";
                s.Put(organisation);
            });

            var roles = sp.GetRequiredService<RoleManager<IdentityRole>>();
            var reviewer = new IdentityRole("Reviewer");
            Assert.True((await roles.CreateAsync(reviewer)).Succeeded);
            Assert.True((await roles.AddClaimAsync(reviewer, new Claim(Permissions.ClaimType, Permissions.AccessAdminPanel))).Succeeded);

            var users = sp.GetRequiredService<UserManager<UstaUser>>();
            var user = new UstaUser { UserName = SecondUser, Email = "bientap2@example.org", EmailConfirmed = true, DisplayName = "Biên tập hai" };
            Assert.True((await users.CreateAsync(user, SecondPassword)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, "Reviewer")).Succeeded);
        });
        return new Edits(ids[4], ids[3]);
    }

    private static Task ChangeAsync(TestSite site, string id, string suffix, bool publish) => site.InScopeAsync(async sp =>
    {
        var contents = sp.GetRequiredService<ContentManager>();
        var item = (await contents.GetAsync(id, VersionOptions.Latest))!;
        var title = (JsonObject)item.Content["TitlePart"]!;
        title["Title"] = $"{title["Title"]} ({suffix})";
        var saved = publish ? await contents.SaveAndPublishAsync(item) : await contents.SaveDraftAsync(item);
        Assert.True(saved.Succeeded, saved.Status.ToString());
    });
}

public sealed class SqliteBackupRoundTripTests : BackupRoundTripTests
{
    protected override TestDatabase NewDatabase() => TestDatabase.Sqlite();
}

public sealed class PostgresBackupRoundTripTests : BackupRoundTripTests
{
    protected override TestDatabase NewDatabase() => TestDatabase.Postgres();
}
