using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Usta.Users;
using UstaOrchard.IntegrationTests.Infrastructure;
using UstaOrchard.IntegrationTests.Recipes.Admin;

namespace UstaOrchard.BrowserTests.Recipes;

/// <summary>
/// An administrator uploads a recipe, previews it, applies it and watches recipe-run.js move the progress
/// bar while the run waits at its gate; once the gate opens, the script brings the result page.
/// </summary>
public class RecipeApplyTests(RecipesKestrelSite site) : IClassFixture<RecipesKestrelSite>
{
    private const string UserName = "quan-tri-cong-thuc";
    private const string Password = "Cong-thuc-2021!";

    [SkippableFact]
    public async Task UploadPreviewApply_ShowsProgressWithTheScript_ThenTheResult()
    {
        var (playwright, browser) = await BrowserSession.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        await site.Factory.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<UstaUser>>();
            var user = new UstaUser { UserName = UserName };
            Assert.True((await users.CreateAsync(user, Password)).Succeeded);
            await users.AddToRoleAsync(user, "Administrator");
            return true;
        });
        var id = Guid.NewGuid().ToString("N")[..26];
        var recipe = JsonSerializer.Serialize(new
        {
            name = "trinh-duyet",
            displayName = "Công thức thử trên trình duyệt",
            steps = new object[] { RecipesAdminSite.PageStep(id, "Trang từ trình duyệt", "trang-tu-trinh-duyet"), new { name = "TestGate" } },
        });
        var file = Path.Combine(Directory.CreateTempSubdirectory("usta-recipe-browser-").FullName, "trinh-duyet.json");
        await File.WriteAllTextAsync(file, recipe, Encoding.UTF8);
        GateTestStep.Close();
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = site.Address.ToString() });
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };

        await page.GotoAsync("/dang-nhap?ReturnUrl=%2FAdmin%2FRecipes");
        await page.FillAsync("#login-form [name='Input.UserName']", UserName);
        await page.FillAsync("#login-form [name='Input.Password']", Password);
        await page.ClickAsync("#login-form [type=submit]");
        await page.WaitForURLAsync("**/Admin/Recipes");

        await page.SetInputFilesAsync("#recipe-file", file);
        await page.ClickAsync("#upload-submit");
        await page.WaitForURLAsync("**/Admin/Recipes/Preview?upload=*");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Xem trước Công thức thử trên trình duyệt");
        await Assertions.Expect(page.Locator("#journal-steps li").First).ToContainTextAsync("Content");

        await page.ClickAsync("#apply-submit");
        await page.WaitForURLAsync("**/Admin/Recipes/Run/*");
        var status = page.Locator("#run-status");
        await Assertions.Expect(status).ToHaveAttributeAsync("data-script", "on");
        await Assertions.Expect(page.Locator("#run-progress")).ToHaveAttributeAsync("max", "2");
        await Assertions.Expect(page.Locator("#run-progress-text")).ToContainTextAsync("Bước 2/2 (TestGate)");
        // With the script running, the page's no-script refresh stays out of the way.
        Assert.Equal(1, await page.Locator("noscript").CountAsync());

        GateTestStep.Open();
        await Assertions.Expect(page.Locator("#run-succeeded")).ToHaveTextAsync("Đã áp dụng công thức.", new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("#journal-steps li").First).ToContainTextAsync("Content");
        Assert.Empty(errors);
        var stored = await site.Factory.InScopeAsync(async sp =>
            await sp.GetRequiredService<UstaOrchard.Core.Contents.ContentManager>().GetAsync(id) is not null);
        Assert.True(stored);
    }
}
