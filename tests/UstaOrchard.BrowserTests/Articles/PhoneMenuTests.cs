using Microsoft.Playwright;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.BrowserTests.Articles;

/// <summary>The header menu on a 360 px phone (a disclosure the keyboard opens) and on a wide screen (the row).</summary>
public class PhoneMenuTests(KestrelSiteFixture site) : IClassFixture<KestrelSiteFixture>
{
    private const string SeedPath = "/tin-tuc/chi-bo-lien-hiep-cac-hoi-khoa-hoc-va-ky-thuat-dong-nai-day-manh-cong-tac-giao-duc-chinh-tri-tu-tuong-cho-can-bo-dang";

    [SkippableFact]
    public async Task On_a_phone_the_keyboard_opens_the_whole_menu_and_a_sub_category_is_reached()
    {
        var (playwright, browser) = await BrowserSession.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = site.Address.ToString(), ViewportSize = new() { Width = 360, Height = 740 } });
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
        await page.GotoAsync("/");

        var menu = page.Locator("nav.main-nav [data-test=menu-toggle]");
        var child = menu.Locator("a[href='/chuyen-muc/hoat-dong-hoi-thanh-vien']");
        await Assertions.Expect(page.Locator("[data-test=category-menu]")).ToBeHiddenAsync();
        await Assertions.Expect(child).ToBeHiddenAsync();
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= 360"));

        await menu.Locator("summary").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(menu).ToHaveAttributeAsync("open", "");
        await Assertions.Expect(child).ToBeVisibleAsync();
        await child.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/chuyen-muc/hoat-dong-hoi-thanh-vien");
        await Assertions.Expect(page.Locator("nav[data-test=breadcrumb] [aria-current=page]")).ToHaveTextAsync("Hoạt động Hội thành viên");

        // The article's JSON-LD is data: the page's CSP (same-origin scripts only) reports nothing.
        await page.GotoAsync(SeedPath);
        await Assertions.Expect(page.Locator("script[type='application/ld+json']")).ToHaveCountAsync(2);
        await page.Locator("a[data-test=calendar-prev]").ClickAsync();
        await page.WaitForURLAsync("**/lich/*");
        await Assertions.Expect(page.Locator("[data-test=calendar] caption")).ToContainTextAsync("Tháng");
        Assert.Empty(errors);
    }

    [SkippableFact]
    public async Task On_a_wide_screen_the_menu_is_the_row_and_the_disclosure_is_gone()
    {
        var (playwright, browser) = await BrowserSession.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = site.Address.ToString(), ViewportSize = new() { Width = 1280, Height = 800 } });
        await page.GotoAsync("/");
        await Assertions.Expect(page.Locator("[data-test=menu-toggle]")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("[data-test=category-menu] a[href='/chuyen-muc/tin-tuc-su-kien']")).ToBeVisibleAsync();
    }
}
