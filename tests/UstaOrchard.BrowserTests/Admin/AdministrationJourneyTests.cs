using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Usta.Users;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.BrowserTests.Admin;

/// <summary>
/// The journey: an Administrator creates an Editor, the Editor signs in (and must replace the
/// initial password), is refused the footer settings, the Administrator grants ManageSettings to the
/// Editor role, and the Editor's changed phone number shows on the public page.
/// </summary>
public class AdministrationJourneyTests(KestrelSiteFixture site) : IClassFixture<KestrelSiteFixture>
{
    private const string AdminName = "quan-tri-hanh-trinh";
    private const string AdminPassword = "Quan-tri-hanh-trinh-2026!";
    private const string EditorName = "bien-tap-hanh-trinh";
    private const string InitialPassword = "Ban-dau-hanh-trinh-2026!";
    private const string EditorPassword = "Rieng-cua-bien-tap-2026!";

    [SkippableFact]
    public async Task AdministratorCreatesEditor_GrantsSettings_AndTheFooterChangeShowsOnThePublicPage()
    {
        var (playwright, browser) = await BrowserSession.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        await site.Factory.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<UstaUser>>();
            var user = new UstaUser { UserName = AdminName };
            Assert.True((await users.CreateAsync(user, AdminPassword)).Succeeded);
            await users.AddToRoleAsync(user, Permissions.AdministratorRole);
            return true;
        });
        var options = new BrowserNewContextOptions { BaseURL = site.Address.ToString() };
        await using var adminContext = await browser.NewContextAsync(options);
        await using var editorContext = await browser.NewContextAsync(options);
        var admin = await adminContext.NewPageAsync();
        var editor = await editorContext.NewPageAsync();

        await SignInAsync(admin, AdminName, AdminPassword);
        await admin.GotoAsync("/Admin/Users/Create");
        await admin.FillAsync("#user-name", EditorName);
        await admin.CheckAsync("[data-role=Editor]");
        await admin.CheckAsync("#mode-password");
        await admin.FillAsync("#password", InitialPassword);
        await admin.FillAsync("#confirm-password", InitialPassword);
        await admin.ClickAsync("#create-user");
        await admin.WaitForURLAsync(url => !url.Contains("/Admin/Users/Create"));

        // The initial password is the administrator's: the Editor must choose their own first.
        await SignInAsync(editor, EditorName, InitialPassword);
        await editor.WaitForURLAsync("**/Admin/Account/Password");
        await editor.FillAsync("#current-password", InitialPassword);
        await editor.FillAsync("#new-password", EditorPassword);
        await editor.FillAsync("#confirm-password", EditorPassword);
        await editor.ClickAsync("#change-password");
        await editor.WaitForLoadStateAsync();

        var refused = await editor.GotoAsync("/Admin/Settings/Organisation");
        Assert.Equal(403, refused!.Status);

        await admin.GotoAsync("/Admin/Roles/Edit/Editor");
        await admin.CheckAsync("#p-" + Permissions.ManageSettings);
        await admin.ClickAsync("#role-permissions [data-test=save]");
        await admin.WaitForLoadStateAsync();

        // The Editor's session is the same one: the permission counts from its next request.
        var allowed = await editor.GotoAsync("/Admin/Settings/Organisation");
        Assert.Equal(200, allowed!.Status);
        await editor.FillAsync("#settings-organisation-form [name='Input.Phone']", "0251 3822 456");
        await editor.ClickAsync("#settings-organisation-form [data-test=save]");
        await Assertions.Expect(editor.Locator("#settings-organisation-form [name='Input.Phone']")).ToHaveValueAsync("0251 3822 456");

        await using var readerContext = await browser.NewContextAsync(options);
        var reader = await readerContext.NewPageAsync();
        await reader.GotoAsync("/");
        await Assertions.Expect(reader.Locator("[data-test=footer-phone]")).ToContainTextAsync("0251 3822 456");
    }

    private static async Task SignInAsync(IPage page, string userName, string password)
    {
        await page.GotoAsync("/dang-nhap?ReturnUrl=%2FAdmin");
        await page.FillAsync("#login-form [name='Input.UserName']", userName);
        await page.FillAsync("#login-form [name='Input.Password']", password);
        await page.ClickAsync("#login-form [type=submit]");
        await page.WaitForURLAsync(url => !url.Contains("/dang-nhap"));
    }
}
