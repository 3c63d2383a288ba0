using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SkiaSharp;
using Usta.Users;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.BrowserTests.Media;

/// <summary>An editor drops two images on the library, watches them upload, gives them alternative texts and finds them listed.</summary>
public class LibraryUploadTests(KestrelSiteFixture site) : IClassFixture<KestrelSiteFixture>
{
    private const string UserName = "bien-tap-trinh-duyet";
    private const string Password = "Trinh-duyet-2021!";

    private static string Png(int width, int height, SKColor color)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap)) canvas.Clear(color);
        using var image = SKImage.FromBitmap(bitmap);
        return Convert.ToBase64String(image.Encode(SKEncodedImageFormat.Png, 100).ToArray());
    }

    [SkippableFact]
    public async Task TwoImagesDropped_UploadWithProgress_GetAltTexts_AndAreListed()
    {
        var (playwright, browser) = await BrowserSession.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        await site.Factory.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<UstaUser>>();
            var user = new UstaUser { UserName = UserName };
            Assert.True((await users.CreateAsync(user, Password)).Succeeded);
            await users.AddToRoleAsync(user, "Editor");
            return true;
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = site.Address.ToString() });

        await page.GotoAsync("/dang-nhap?ReturnUrl=%2FAdmin%2FMedia");
        await page.FillAsync("#login-form [name='Input.UserName']", UserName);
        await page.FillAsync("#login-form [name='Input.Password']", Password);
        await page.ClickAsync("#login-form [type=submit]");
        await page.WaitForURLAsync("**/Admin/Media");

        // A real drop event carrying files made in the page, as the operating system's drag would bring them.
        await page.EvaluateAsync("""
            files => {
              const transfer = new DataTransfer();
              for (const file of files) {
                const bytes = Uint8Array.from(atob(file.data), c => c.charCodeAt(0));
                transfer.items.add(new File([bytes], file.name, { type: 'image/png' }));
              }
              const zone = document.getElementById('drop-zone');
              zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
              zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
            }
            """, new[]
        {
            new { name = "Cầu Hóa An.png", data = Png(1200, 800, new SKColor(20, 90, 160)) },
            new { name = "Hội thảo khoa học.png", data = Png(900, 600, new SKColor(160, 60, 20)) },
        });

        var items = page.Locator("[data-test=upload-item]");
        await Assertions.Expect(items).ToHaveCountAsync(2);
        for (var i = 0; i < 2; i++)
        {
            var item = items.Nth(i);
            await Assertions.Expect(item).ToHaveAttributeAsync("data-state", "done");
            await Assertions.Expect(item.Locator("progress")).ToHaveAttributeAsync("value", "100");
            await Assertions.Expect(item.Locator(".upload-percent")).ToHaveTextAsync("100 %");
        }

        var alts = new Dictionary<string, string>
        {
            ["cau-hoa-an.png"] = "Cầu Hóa An nhìn từ bờ sông Đồng Nai",
            ["hoi-thao-khoa-hoc.png"] = "Hội thảo khoa học của Liên hiệp hội",
        };
        foreach (var (name, alt) in alts)
        {
            var item = page.Locator($"[data-test=upload-item][data-path='{name}']");
            await item.Locator("[data-test=alt-input]").FillAsync(alt);
            await item.Locator("button[type=submit]").ClickAsync();
            await Assertions.Expect(item).ToHaveAttributeAsync("data-alt-saved", "true");
        }

        await page.GotoAsync("/Admin/Media");
        foreach (var (name, alt) in alts)
        {
            var row = page.Locator($"#media-files tr[data-path='{name}']");
            await Assertions.Expect(row.Locator("[data-test=file-link]")).ToHaveTextAsync(name);
            await Assertions.Expect(row.Locator("[data-test=alt]")).ToHaveTextAsync(alt);
        }
    }
}
