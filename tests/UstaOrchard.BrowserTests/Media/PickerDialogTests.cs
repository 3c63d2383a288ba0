using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SkiaSharp;
using Usta.Media.Uploads;
using Usta.Users;
using UstaOrchard.Core.Contents;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.BrowserTests.Media;

/// <summary>The picker opens the library in a dialog; a chosen image needs its alternative text and posts back as a MediaField.</summary>
public class PickerDialogTests(KestrelSiteFixture site) : IClassFixture<KestrelSiteFixture>
{
    private const string UserName = "bien-tap-chon-anh";
    private const string Password = "Chon-anh-2021!";

    [SkippableFact]
    public async Task ImageChosenInTheDialog_WithAltAndCaption_PostsAMediaField()
    {
        var (playwright, browser) = await BrowserSession.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var path = await site.Factory.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<UstaUser>>();
            var user = new UstaUser { UserName = UserName };
            Assert.True((await users.CreateAsync(user, Password)).Succeeded);
            await users.AddToRoleAsync(user, "Editor");
            using var bitmap = new SKBitmap(300, 200);
            using var image = SKImage.FromBitmap(bitmap);
            var png = image.Encode(SKEncodedImageFormat.Png, 100).ToArray();
            var outcome = await sp.GetRequiredService<MediaUploader>().UploadAsync("", "Sông Đồng Nai.png", new MemoryStream(png), UserName, default);
            return outcome.Path!;
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = site.Address.ToString() });
        await page.GotoAsync("/dang-nhap?ReturnUrl=%2FAdmin%2FMedia%2FPicker");
        await page.FillAsync("#login-form [name='Input.UserName']", UserName);
        await page.FillAsync("#login-form [name='Input.Password']", Password);
        await page.ClickAsync("#login-form [type=submit]");
        await page.WaitForURLAsync("**/Admin/Media/Picker");

        await page.ClickAsync("[data-test=picker-open]");
        await page.ClickAsync($"dialog [data-choose][data-path='{path}']");
        var row = page.Locator($".media-picker-item[data-path='{path}']");
        await Assertions.Expect(row.Locator("input[data-role=alt]")).ToHaveAttributeAsync("required", "");
        await row.Locator("input[data-role=alt]").FillAsync("Sông Đồng Nai lúc chiều");
        await row.Locator("input[data-role=caption]").FillAsync("Ảnh: Liên hiệp hội");
        await page.ClickAsync("#picker-form [type=submit]");

        var json = await page.Locator("[data-test=field-json]").TextContentAsync();
        var field = JsonSerializer.Deserialize<MediaField>(json!, ContentJson.Options)!;
        Assert.Equal([path], field.Paths);
        Assert.Equal(["Sông Đồng Nai lúc chiều"], field.MediaTexts);
        Assert.Equal(["Ảnh: Liên hiệp hội"], field.Captions);
    }
}
