using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SkiaSharp;
using Usta.Contents;
using Usta.Media.Uploads;
using Usta.Users;
using UstaOrchard.Core.Contents;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.BrowserTests.Contents;

/// <summary>The body editor: Jodit over the textarea; a heading, a paragraph, a table and a picture from the library reach the stored HTML.</summary>
public class HtmlEditorTests(KestrelSiteFixture site) : IClassFixture<KestrelSiteFixture>
{
    private const string UserName = "bien-tap-soan-thao";
    private const string Password = "Soan-thao-2021!";

    [SkippableFact]
    public async Task EditorWritesHeadingParagraphTableAndPicture_TheyAreStored()
    {
        var (playwright, browser) = await BrowserSession.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var picture = await site.Factory.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<UstaUser>>();
            var user = new UstaUser { UserName = UserName };
            Assert.True((await users.CreateAsync(user, Password)).Succeeded);
            await users.AddToRoleAsync(user, "Editor");
            using var bitmap = new SKBitmap(300, 200);
            using var image = SKImage.FromBitmap(bitmap);
            var png = image.Encode(SKEncodedImageFormat.Png, 100).ToArray();
            return (await sp.GetRequiredService<MediaUploader>().UploadAsync("", "Hội thảo.png", new MemoryStream(png), UserName, default)).Path!;
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = site.Address.ToString() });
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
        page.PageError += (_, error) => errors.Add(error);
        await page.GotoAsync("/dang-nhap?ReturnUrl=%2FAdmin%2FContents%2FCreate%2FPage");
        await page.FillAsync("#login-form [name='Input.UserName']", UserName);
        await page.FillAsync("#login-form [name='Input.Password']", Password);
        await page.ClickAsync("#login-form [type=submit]");
        await page.WaitForURLAsync("**/Admin/Contents/Create/Page");

        await Assertions.Expect(page.Locator("[data-test=html-editor]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("textarea[data-html-editor]")).ToBeHiddenAsync();
        var title = "Bài soạn thảo " + Guid.NewGuid().ToString("N")[..6];
        await page.FillAsync("[name='TitlePart.Title']", title);
        var body = page.Locator(".jodit-wysiwyg");
        await body.ClickAsync();
        await page.Keyboard.TypeAsync("Mở đầu");
        await page.ClickAsync("[data-ref=paragraph] .jodit-toolbar-button__trigger");
        await page.Locator(".jodit-popup").GetByText("Tiêu đề cấp 2").ClickAsync();
        await page.Keyboard.PressAsync("End");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.TypeAsync("Nội dung bài viết.");
        await page.Keyboard.PressAsync("Enter");

        await page.ClickAsync("[data-ref=table] button");
        await page.ClickAsync(".jodit-form__table-creator-box [role=gridcell][data-index='11']");
        await page.Keyboard.TypeAsync("Ô đầu");

        await page.ClickAsync(".jodit-wysiwyg p:has-text('Nội dung bài viết.')");
        await page.Keyboard.PressAsync("End");
        await page.ClickAsync("[data-ref=mediaImage] button");
        await page.ClickAsync($"#html-editor-media [data-choose][data-path='{picture}']");
        await page.ClickAsync("#html-editor-media [data-insert]");
        await Assertions.Expect(page.Locator("#html-editor-media [data-alt-error]")).ToBeVisibleAsync();
        await page.FillAsync("#html-editor-alt", "Đại biểu dự hội thảo");
        await page.FillAsync("#html-editor-caption", "Hội thảo khoa học <năm 2021>");
        await page.ClickAsync("#html-editor-media [data-insert]");
        await Assertions.Expect(page.Locator(".jodit-wysiwyg figure figcaption")).ToHaveTextAsync("Hội thảo khoa học <năm 2021>");

        // Save clicked right after the last keystrokes: Jodit's own sync is throttled, so a keystroke's
        // sync holds back the next one. The form must still post the text as it is on screen.
        await page.EvalOnSelectorAsync(".jodit-wysiwyg", """
            e => {
                for (const type of ['keydown', 'input', 'keyup']) e.dispatchEvent(new Event(type, { bubbles: true }));
                e.insertAdjacentHTML('beforeend', '<p>Câu cuối vừa gõ.</p>');
                document.querySelector('[data-test=save-draft]').click();
            }
            """);
        await page.WaitForURLAsync("**/Admin/Contents/Edit/**");
        var id = new Uri(page.Url).AbsolutePath.Split('/').Last();
        var item = await site.Factory.InScopeAsync(sp => sp.GetRequiredService<ContentManager>().GetAsync(id, VersionOptions.Latest));
        var html = item!.As<HtmlBodyPart>()!.Html!;
        Assert.Equal(title, item.DisplayText);
        Assert.Contains("<h2>Mở đầu</h2>", html);
        Assert.Contains("<p>Nội dung bài viết.</p>", html);
        Assert.Matches(new Regex("<table[^>]*>.*<tr>.*<td[^>]*>Ô đầu</td>.*</table>", RegexOptions.Singleline), html);
        Assert.Contains($"<p>Nội dung bài viết.</p><figure><img src=\"/media/{picture}\" alt=\"Đại biểu dự hội thảo\"><figcaption>Hội thảo khoa học &lt;năm 2021&gt;</figcaption></figure>", html);
        Assert.EndsWith("<p>Câu cuối vừa gõ.</p>", html);
        Assert.Empty(errors);
    }
}
