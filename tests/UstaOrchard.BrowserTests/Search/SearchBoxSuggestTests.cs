using Microsoft.Playwright;
using UstaOrchard.Core.Text;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.BrowserTests.Search;

/// <summary>The header's search box in a real browser: title suggestions as a combobox, and the plain form without JavaScript.</summary>
public class SearchBoxSuggestTests(KestrelSiteFixture site) : IClassFixture<KestrelSiteFixture>
{
    private const string Input = "[data-test=site-header] input[name=q]";

    [SkippableFact]
    public async Task Typing_shows_titles_the_keyboard_opens_one_and_Escape_closes_the_list()
    {
        var (playwright, browser) = await BrowserSession.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        await site.Factory.WaitForSearchIndexAsync();
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = site.Address.ToString() });
        await page.GotoAsync("/");

        var input = page.Locator(Input);
        await Assertions.Expect(input).ToHaveAttributeAsync("role", "combobox");
        await Assertions.Expect(input).ToHaveAttributeAsync("aria-expanded", "false");
        await input.PressSequentiallyAsync("dong n", new() { Delay = 30 });

        var listId = await input.GetAttributeAsync("aria-controls");
        var list = page.Locator($"#{listId}");
        await Assertions.Expect(list).ToBeVisibleAsync();
        await Assertions.Expect(list).ToHaveAttributeAsync("role", "listbox");
        await Assertions.Expect(input).ToHaveAttributeAsync("aria-expanded", "true");
        await Assertions.Expect(input).ToHaveAttributeAsync("aria-autocomplete", "list");
        var options = list.Locator("[role=option]");
        await Assertions.Expect(options).ToHaveCountAsync(8);
        var texts = await options.AllTextContentsAsync();
        Assert.Contains(texts, t => t.Contains("Đồng Nai", StringComparison.Ordinal));
        Assert.All(texts, t => Assert.Contains("dong n", VietnameseText.Fold(t), StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("[data-test=search-suggestions-status]")).ToHaveTextAsync("8 gợi ý");

        await input.PressAsync("ArrowDown");
        var first = options.First;
        await Assertions.Expect(first).ToHaveAttributeAsync("aria-selected", "true");
        await Assertions.Expect(input).ToHaveAttributeAsync("aria-activedescendant", (await first.GetAttributeAsync("id"))!);
        await input.PressAsync("ArrowDown");
        await Assertions.Expect(options.Nth(1)).ToHaveAttributeAsync("aria-selected", "true");
        await Assertions.Expect(first).ToHaveAttributeAsync("aria-selected", "false");
        await input.PressAsync("ArrowUp");
        await Assertions.Expect(first).ToHaveAttributeAsync("aria-selected", "true");
        var title = await first.Locator("span").First.TextContentAsync();

        await input.PressAsync("Enter");
        await page.WaitForURLAsync(url => !new Uri(url).AbsolutePath.Equals("/", StringComparison.Ordinal) && !url.Contains("tim-kiem", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("[data-test=article-title]")).ToHaveTextAsync(title!);

        await page.GotoAsync("/");
        await page.Locator(Input).PressSequentiallyAsync("dong n", new() { Delay = 30 });
        await Assertions.Expect(list).ToBeVisibleAsync();
        await page.Locator(Input).PressAsync("Escape");
        await Assertions.Expect(list).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(Input)).ToHaveAttributeAsync("aria-expanded", "false");
        await Assertions.Expect(page.Locator(Input)).ToHaveValueAsync("dong n");
        await page.Locator(Input).PressAsync("Escape");
        await Assertions.Expect(page.Locator(Input)).ToHaveValueAsync("");
    }

    [SkippableFact]
    public async Task A_click_on_a_suggestion_opens_it()
    {
        var (playwright, browser) = await BrowserSession.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        await site.Factory.WaitForSearchIndexAsync();
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = site.Address.ToString() });
        await page.GotoAsync("/");

        await page.Locator(Input).PressSequentiallyAsync("pc cov", new() { Delay = 30 });
        var option = page.Locator("[role=listbox] [role=option]").Filter(new() { HasText = "PC-Covid" }).First;
        var title = await option.Locator("span").First.TextContentAsync();
        await option.ClickAsync();
        await Assertions.Expect(page.Locator("[data-test=article-title]")).ToHaveTextAsync(title!);
    }

    [SkippableFact]
    public async Task Without_JavaScript_the_form_submits_to_the_search_page()
    {
        var (playwright, browser) = await BrowserSession.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.Address.ToString(), JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");

        await Assertions.Expect(page.Locator(Input)).Not.ToHaveAttributeAsync("role", "combobox");
        await page.Locator(Input).FillAsync("Đồng Nai");
        await page.ClickAsync("[data-test=site-header] form[role=search] [type=submit]");

        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/tim-kiem");
        Assert.Equal("?q=%C4%90%E1%BB%93ng+Nai", new Uri(page.Url).Query);
        await Assertions.Expect(page.Locator(Input)).ToHaveValueAsync("Đồng Nai");
    }
}
