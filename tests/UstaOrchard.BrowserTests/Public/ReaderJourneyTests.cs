using System.Diagnostics;
using Microsoft.Playwright;
using UstaOrchard.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace UstaOrchard.BrowserTests.Public;

/// <summary>
/// A reader's way through the public site on a phone (360 px) and a desktop (1280 px), in a real
/// Chromium on a real Kestrel port: every page meets WCAG 2.1 AA as far as axe-core can tell (no serious
/// or critical violation), is valid HTML for the Nu checker, raises no script error or CSP refusal, and
/// leaves a full-page screenshot in TestResults/reader-journey/screenshots.
/// </summary>
public sealed class ReaderJourneyTests(ReaderJourneyFixture journey, ITestOutputHelper output) : IClassFixture<ReaderJourneyFixture>
{
    private static readonly int[] Widths = [360, 1280];
    private const string Header = "[data-test=site-header]";

    [SkippableFact]
    public async Task A_reader_goes_from_the_home_page_to_a_category_an_article_its_print_view_a_bulletin_and_search_on_a_phone_and_a_desktop()
    {
        QualityTools.RequireAxe();
        QualityTools.RequireVnu();
        await journey.BrowserAsync();
        await journey.Factory.WaitForSearchIndexAsync();
        var audit = new JourneyAudit(Path.Combine(journey.OutputFolder, "journey"), output);
        var clock = Stopwatch.StartNew();

        foreach (var width in Widths)
        {
            await using var context = await journey.NewReaderAsync(width);
            var page = await context.NewPageAsync();
            audit.Watch(page, width);

            await audit.CheckAsync(page, await page.GotoAsync("/"), "home", width);

            // On a phone the main menu may sit behind its button; a reader opens it first.
            var menuButton = page.Locator("nav.main-nav details[data-test=menu-toggle] > summary");
            if (await menuButton.IsVisibleAsync()) await menuButton.ClickAsync();
            var category = page.Locator("nav.main-nav a[href]:not([href='/'])").Filter(new() { Visible = true }).First;
            await audit.CheckAsync(page, await FollowAsync(page, category), "category", width);

            await audit.CheckAsync(page, await FollowAsync(page, page.Locator("[data-test=article-summary] a").First), "article", width);
            await Assertions.Expect(page.Locator("[data-test=article-title]")).ToBeVisibleAsync();
            var article = page.Url;

            await audit.CheckAsync(page, await FollowAsync(page, page.Locator("[data-test=print-link]")), "print", width);
            Assert.EndsWith("?in=1", page.Url, StringComparison.Ordinal);

            await page.GotoAsync(article);
            await audit.CheckAsync(page, await FollowAsync(page, page.Locator("[data-test=latest-bulletins] li a").First), "bulletin", width);
            await audit.CheckAsync(page, await FollowAsync(page, page.Locator("[data-test=latest-bulletins] a[href='/ban-tin']")), "bulletins", width);

            await page.Locator($"{Header} input[name=q]").FillAsync("Đồng Nai");
            await audit.CheckAsync(page, await FollowAsync(page, page.Locator($"{Header} form[role=search] [type=submit]")), "search", width);
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Đồng Nai");

            // A dead link: the status page is a page of the site like any other.
            await audit.CheckAsync(page, await page.GotoAsync("/khong-co-trang-nay"), "not-found", width, status: 404);
            audit.CheckSavedHtmlInBackground();
        }
        output.WriteLine($"Journey at {string.Join(" and ", Widths)} px: {clock.Elapsed.TotalSeconds:0.0} s before the HTML check");

        await audit.AssertCleanAsync();
        output.WriteLine($"Journey with the HTML check: {clock.Elapsed.TotalSeconds:0.0} s");
    }

    /// <summary>
    /// The site's other page types, opened directly on a phone: a page, a day, the home page's second
    /// page, search with no result and with no query, sign-in, a bad date, and the header's suggestions
    /// list open (axe checks the combobox in its open state).
    /// </summary>
    [SkippableFact]
    public async Task The_other_page_types_meet_the_same_checks_on_a_phone()
    {
        QualityTools.RequireAxe();
        QualityTools.RequireVnu();
        await journey.BrowserAsync();
        await journey.Factory.WaitForSearchIndexAsync();
        var audit = new JourneyAudit(Path.Combine(journey.OutputFolder, "other-pages"), output);
        await using var context = await journey.NewReaderAsync(360);
        var page = await context.NewPageAsync();
        audit.Watch(page, 360);

        (string Name, string Url, int Status)[] pages =
        [
            ("page", "/gioi-thieu", 200),
            ("page-en", "/en/about-us", 200),
            ("day", "/ngay/15-12-2021", 200),
            ("home-page-2", "/?trang=2", 200),
            ("search-no-result", "/tim-kiem?q=zzzqqxx", 200),
            ("search-empty", "/tim-kiem", 200),
            ("sign-in", "/dang-nhap", 200),
            ("bad-date", "/ngay/khong-phai-ngay", 400),
        ];
        foreach (var (name, url, status) in pages)
        {
            await audit.CheckAsync(page, await page.GotoAsync(url), name, 360, status);
        }

        var response = await page.GotoAsync("/");
        await page.Locator($"{Header} input[name=q]").PressSequentiallyAsync("dong n", new() { Delay = 20 });
        await Assertions.Expect(page.Locator("[role=listbox] [role=option]").First).ToBeVisibleAsync();
        await audit.CheckAsync(page, response, "home-suggestions-open", 360);

        await audit.AssertCleanAsync();
    }

    /// <summary>
    /// The phone menu and the sidebar calendar (built with the selectors of the shared brief): the menu
    /// opens from its button with the sub-categories; the calendar goes a month back and opens a day.
    /// </summary>
    [SkippableFact]
    public async Task PhoneMenuAndCalendar_open_the_menu_on_a_phone_and_use_the_calendar_to_reach_a_day()
    {
        QualityTools.RequireAxe();
        QualityTools.RequireVnu();
        await journey.BrowserAsync();
        var audit = new JourneyAudit(Path.Combine(journey.OutputFolder, "menu-calendar"), output);

        await using (var phone = await journey.NewReaderAsync(360))
        {
            var page = await phone.NewPageAsync();
            audit.Watch(page, 360);
            var response = await page.GotoAsync("/");
            var menu = page.Locator("nav.main-nav details[data-test=menu-toggle]");
            await Assertions.Expect(menu).Not.ToHaveAttributeAsync("open", "");
            await page.Locator("nav.main-nav details[data-test=menu-toggle] > summary").ClickAsync();
            await Assertions.Expect(menu).ToHaveAttributeAsync("open", "");
            await Assertions.Expect(menu.Locator("a[href]:not([href='/'])").Last).ToBeVisibleAsync();
            await audit.CheckAsync(page, response, "home-menu-open", 360);
        }

        foreach (var width in Widths)
        {
            await using var context = await journey.NewReaderAsync(width);
            var page = await context.NewPageAsync();
            audit.Watch(page, width);
            await page.GotoAsync("/");
            var calendar = page.Locator("[data-test=calendar]");
            await Assertions.Expect(calendar.Locator("[aria-current=date]")).ToHaveCountAsync(1);

            var home = page.Url;
            await audit.CheckAsync(page, await FollowAsync(page, calendar.Locator("a[data-test=calendar-prev]")), "calendar-previous-month", width);
            Assert.NotEqual(home, page.Url);

            await page.GotoAsync("/");
            // Today has an article (the fixture publishes one), so today is a link to its day page.
            var today = calendar.Locator("a[data-test=calendar-day][aria-current=date], [aria-current=date] a[data-test=calendar-day]");
            await audit.CheckAsync(page, await FollowAsync(page, today), "day", width);
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync(ReaderJourneyFixture.TodayTitle);
        }

        await audit.AssertCleanAsync();
    }

    /// <summary>Clicks a link as a reader does and returns the response of the page it leads to.</summary>
    private static async Task<IResponse?> FollowAsync(IPage page, ILocator link)
    {
        await Assertions.Expect(link).ToBeVisibleAsync();
        var response = await page.RunAndWaitForResponseAsync(() => link.ClickAsync(),
            r => r.Request.IsNavigationRequest && r.Frame == page.MainFrame && r.Status is < 300 or >= 400);
        await page.WaitForLoadStateAsync(LoadState.Load);
        return response;
    }
}
