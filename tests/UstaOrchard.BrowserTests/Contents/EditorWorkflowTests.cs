using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SkiaSharp;
using Usta.Media.Uploads;
using Usta.Users;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.BrowserTests.Contents;

/// <summary>
/// An article from the admin to the public site, as its users work: an editor writes, previews and
/// publishes; an author submits for review and an editor publishes from the dashboard.
/// </summary>
public class EditorWorkflowTests(KestrelSiteFixture site) : IClassFixture<KestrelSiteFixture>
{
    // A top-level category of the setup recipe, shown in the public menu.
    private const string Category = "Tin tức – Sự kiện";

    [SkippableFact]
    public async Task EditorWritesPreviewsAndPublishes_ArticleIsOnHomeCategoryAndItsPage()
    {
        var (playwright, browser) = await BrowserSession.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        const string editor = "bien-tap-quy-trinh";
        const string password = "Quy-trinh-2021!";
        await CreateUserAsync(editor, password, "Editor");
        var picture = await site.Factory.InScopeAsync(async sp =>
        {
            using var bitmap = new SKBitmap(300, 200);
            using var image = SKImage.FromBitmap(bitmap);
            var png = image.Encode(SKEncodedImageFormat.Png, 100).ToArray();
            return (await sp.GetRequiredService<MediaUploader>().UploadAsync("", "Hội nghị khoa học.png", new MemoryStream(png), editor, default)).Path!;
        });
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var title = $"Hội nghị tổng kết hoạt động khoa học năm 2021 ({suffix})";
        const string caption = "Đại biểu dự hội nghị tại Biên Hòa";

        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.Address.ToString() });
        var page = await context.NewPageAsync();
        var errors = CollectErrors(page);
        await SignInAsync(page, editor, password);

        await page.ClickAsync("#admin-menu-contents");
        await page.WaitForURLAsync("**/Admin/Contents");
        var newArticle = page.Locator("[data-test=new-menu] a[data-type=Article]");
        await Assertions.Expect(newArticle).ToHaveTextAsync("Thêm Tin bài");
        await newArticle.ClickAsync();
        await page.WaitForURLAsync("**/Admin/Contents/Create/Article");

        await page.FillAsync("#TitlePart_Title", title);
        await page.Locator("[data-test=editor-Article_Lead]").GetByLabel("Sapo").FillAsync("Liên hiệp Hội Đồng Nai tổng kết hoạt động khoa học và công nghệ năm 2021.");
        await page.ClickAsync(".jodit-wysiwyg");
        await page.Keyboard.TypeAsync("Sáng 10/12, Liên hiệp Hội tổ chức hội nghị tổng kết.");
        await page.ClickAsync("[data-ref=mediaImage] button");
        await page.ClickAsync($"#html-editor-media [data-choose][data-path='{picture}']");
        await page.FillAsync("#html-editor-alt", "Hội trường hội nghị");
        await page.FillAsync("#html-editor-caption", caption);
        await page.ClickAsync("#html-editor-media [data-insert]");
        await Assertions.Expect(page.Locator(".jodit-wysiwyg figure figcaption")).ToHaveTextAsync(caption);
        await page.Locator("[data-test=editor-Article_Categories]").GetByLabel(Category, new() { Exact = true }).CheckAsync();

        await page.ClickAsync("[data-test=save-draft]");
        await page.WaitForURLAsync("**/Admin/Contents/Edit/**");
        await Assertions.Expect(page.Locator("[data-test=content-state]")).ToContainTextAsync("Bản nháp");

        var preview = await page.RunAndWaitForPopupAsync(() => page.ClickAsync("[data-test=preview]"));
        await Assertions.Expect(preview.Locator("[data-test=preview-banner]")).ToBeVisibleAsync();
        await Assertions.Expect(preview.Locator("[data-test=article-title]")).ToHaveTextAsync(title);
        await Assertions.Expect(preview.Locator("[data-test=article-body] figure figcaption")).ToHaveTextAsync(caption);
        await preview.CloseAsync();

        await page.ClickAsync("[data-test=publish]");
        await page.WaitForURLAsync("**/Admin/Contents/Edit/**");
        await Assertions.Expect(page.Locator("[data-test=status]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-test=unpublish]")).ToBeVisibleAsync();
        Assert.Empty(errors);

        await using var anonymous = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.Address.ToString() });
        var reader = await anonymous.NewPageAsync();
        await reader.GotoAsync("/");
        var onHome = reader.Locator("[data-test=article-list] a", new() { HasTextString = title });
        await Assertions.Expect(onHome).ToHaveCountAsync(1);
        // The address is made from the title under the type's prefix (an item saved without one linked to "/").
        await Assertions.Expect(onHome).ToHaveAttributeAsync("href", new Regex("^/tin-tuc/hoi-nghi-tong-ket-hoat-dong-khoa-hoc-nam-2021-"));
        await reader.Locator("[data-test=category-menu]").GetByRole(AriaRole.Link, new() { Name = Category, Exact = true }).ClickAsync();
        await Assertions.Expect(reader.Locator("[data-test=category] h1")).ToHaveTextAsync(Category);
        var inCategory = reader.Locator("[data-test=article-list] a", new() { HasTextString = title });
        await Assertions.Expect(inCategory).ToHaveCountAsync(1);
        await inCategory.ClickAsync();
        await Assertions.Expect(reader.Locator("[data-test=article-title]")).ToHaveTextAsync(title);
        var figure = reader.Locator("[data-test=article-body] figure");
        await Assertions.Expect(figure.Locator("img")).ToHaveAttributeAsync("alt", "Hội trường hội nghị");
        await Assertions.Expect(figure.Locator("figcaption")).ToHaveTextAsync(caption);
    }

    [SkippableFact]
    public async Task AuthorSubmitsForReview_EditorPublishesFromTheDashboard()
    {
        var (playwright, browser) = await BrowserSession.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        const string author = "tac-gia-gui-duyet";
        const string editor = "bien-tap-duyet-bai";
        const string password = "Gui-duyet-2021!";
        await CreateUserAsync(author, password, "Author");
        await CreateUserAsync(editor, password, "Editor");
        var title = $"Tọa đàm chuyển đổi số cho hợp tác xã ({Guid.NewGuid().ToString("N")[..6]})";

        await using var authorContext = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.Address.ToString() });
        var page = await authorContext.NewPageAsync();
        var errors = CollectErrors(page);
        await SignInAsync(page, author, password);
        await page.ClickAsync("#admin-menu-contents");
        await page.ClickAsync("[data-test=new-menu] a[data-type=Article]");
        await page.WaitForURLAsync("**/Admin/Contents/Create/Article");
        await Assertions.Expect(page.Locator("[data-test=publish]")).ToHaveCountAsync(0);
        await page.FillAsync("#TitlePart_Title", title);
        await page.Locator("[data-test=editor-Article_Lead]").GetByLabel("Sapo").FillAsync("Các hợp tác xã trao đổi kinh nghiệm chuyển đổi số.");
        await page.ClickAsync(".jodit-wysiwyg");
        await page.Keyboard.TypeAsync("Nội dung buổi tọa đàm.");
        await page.Locator("[data-test=editor-Article_Categories]").GetByLabel(Category, new() { Exact = true }).CheckAsync();
        await page.ClickAsync("[data-test=save-draft]");
        await page.WaitForURLAsync("**/Admin/Contents/Edit/**");
        var id = new Uri(page.Url).AbsolutePath.Split('/').Last();

        await Assertions.Expect(page.Locator("[data-test=publish]")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("[data-test=publish-later]")).ToHaveCountAsync(0);
        await page.ClickAsync("[data-test=submit-review]");
        await page.WaitForURLAsync($"**/Admin/Contents/Edit/{id}");
        await Assertions.Expect(page.Locator("[data-test=review-state]")).ToContainTextAsync(author);
        await Assertions.Expect(page.Locator("[data-test=submit-review]")).ToHaveCountAsync(0);
        Assert.Empty(errors);

        await using var editorContext = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.Address.ToString() });
        var desk = await editorContext.NewPageAsync();
        var deskErrors = CollectErrors(desk);
        await SignInAsync(desk, editor, password);
        var waiting = desk.Locator($"[data-test=waiting-for-review] li[data-id='{id}'] a");
        await Assertions.Expect(waiting).ToHaveTextAsync(title);
        await waiting.ClickAsync();
        await desk.WaitForURLAsync($"**/Admin/Contents/Edit/{id}");
        await desk.ClickAsync("[data-test=publish]");
        await desk.WaitForURLAsync($"**/Admin/Contents/Edit/{id}");
        await Assertions.Expect(desk.Locator("[data-test=unpublish]")).ToBeVisibleAsync();
        await desk.GotoAsync("/Admin");
        await Assertions.Expect(desk.Locator($"[data-test=waiting-for-review] li[data-id='{id}']")).ToHaveCountAsync(0);
        Assert.Empty(deskErrors);

        await using var anonymous = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.Address.ToString() });
        var reader = await anonymous.NewPageAsync();
        await reader.GotoAsync("/");
        var onHome = reader.Locator("[data-test=article-list] a", new() { HasTextString = title });
        await Assertions.Expect(onHome).ToHaveCountAsync(1);
        await onHome.ClickAsync();
        await Assertions.Expect(reader.Locator("[data-test=article-title]")).ToHaveTextAsync(title);
        await Assertions.Expect(reader.Locator("[data-test=article-body]")).ToContainTextAsync("Nội dung buổi tọa đàm.");
    }

    private Task<bool> CreateUserAsync(string userName, string password, string role) => site.Factory.InScopeAsync(async sp =>
    {
        var users = sp.GetRequiredService<UserManager<UstaUser>>();
        var user = new UstaUser { UserName = userName };
        Assert.True((await users.CreateAsync(user, password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        return true;
    });

    // Signs in from the login page, which lands on the dashboard.
    private static async Task SignInAsync(IPage page, string userName, string password)
    {
        await page.GotoAsync("/dang-nhap?ReturnUrl=%2FAdmin");
        await page.FillAsync("#login-form [name='Input.UserName']", userName);
        await page.FillAsync("#login-form [name='Input.Password']", password);
        await page.ClickAsync("#login-form [type=submit]");
        await page.WaitForURLAsync("**/Admin");
        await Assertions.Expect(page.Locator("[data-test=dashboard-title]")).ToBeVisibleAsync();
    }

    private static List<string> CollectErrors(IPage page)
    {
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
        page.PageError += (_, error) => errors.Add(error);
        return errors;
    }
}
