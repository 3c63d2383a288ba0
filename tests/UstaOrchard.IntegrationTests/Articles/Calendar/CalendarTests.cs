using System.Net;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Articles.Calendar;

/// <summary>The sidebar's month calendar and the month pages its links lead to.</summary>
public sealed class CalendarTests(CalendarSiteFixture site) : IClassFixture<CalendarSiteFixture>
{
    private static IReadOnlyList<string> DayLinks(AngleSharp.Html.Dom.IHtmlDocument page)
        => page.QuerySelectorAll("[data-test=calendar] a[data-test=calendar-day]").Select(a => a.GetAttribute("href")!).ToList();

    [Fact]
    public async Task CurrentMonth_LinksExactlyTheDaysWithPublishedArticles_InTheSitesTimeZone()
    {
        var home = await site.Factory.CreateBrowser().GetDocumentAsync("/");

        Assert.Equal("Tháng 11 năm 2026", home.Text("[data-test=calendar] caption"));
        Assert.Equal(["T2", "T3", "T4", "T5", "T6", "T7", "CN"], home.Texts("[data-test=calendar] thead th"));
        Assert.All(home.QuerySelectorAll("[data-test=calendar] thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
        // The draft of the 5th and the article scheduled for the 20th are not links.
        Assert.Equal(["/ngay/2026-11-01", "/ngay/2026-11-03"], DayLinks(home));
        Assert.Equal("3 (03-11-2026)", home.QuerySelector("a[href='/ngay/2026-11-03']")!.TextContent.Trim());
        // 1 November 2026 is a Sunday: the first week has six blank cells, then the 1st under "CN".
        var firstWeek = home.QuerySelectorAll("[data-test=calendar] tbody tr").First().QuerySelectorAll("td");
        Assert.Equal(["", "", "", "", "", "", "1"], firstWeek.Select(Shown));
        Assert.Equal(30, home.QuerySelectorAll("[data-test=calendar] tbody td").Count(td => Shown(td).Length > 0));
    }

    [Fact]
    public async Task Today_IsMarkedAsTheCurrentDate()
    {
        var home = await site.Factory.CreateBrowser().GetDocumentAsync("/");
        var today = Assert.Single(home.QuerySelectorAll("[data-test=calendar] [aria-current=date]"));
        Assert.Equal("18", Shown(today));
    }

    [Fact]
    public async Task MonthLinks_LeadToTheMonthPage_WhichTurnsTheCalendar()
    {
        var client = site.Factory.CreateBrowser();
        var home = await client.GetDocumentAsync("/");
        // No month after today's.
        Assert.Null(home.QuerySelector("a[data-test=calendar-next]"));
        var previous = home.QuerySelector("a[data-test=calendar-prev]")!.GetAttribute("href");
        Assert.Equal("/lich/2026-10", previous);

        var october = await client.GetDocumentAsync(previous!);
        Assert.Equal("Tháng 10 năm 2026", october.Text("[data-test=calendar] caption"));
        Assert.Equal(["/ngay/2026-10-31"], DayLinks(october));
        Assert.Empty(october.QuerySelectorAll("[data-test=calendar] [aria-current=date]"));
        Assert.Equal("/lich/2026-09", october.QuerySelector("a[data-test=calendar-prev]")!.GetAttribute("href"));
        Assert.Equal("/lich/2026-11", october.QuerySelector("a[data-test=calendar-next]")!.GetAttribute("href"));
        Assert.Equal("Các tin đã đăng tháng 10 năm 2026", october.Text("[data-test=month-archive] h1"));
        Assert.Equal(["31-10-2026: 1 tin"], october.Texts("[data-test=month-days] a"));

        var november = await client.GetDocumentAsync("/lich/2026-11");
        Assert.Equal(["01-11-2026: 1 tin", "03-11-2026: 2 tin"], november.Texts("[data-test=month-days] a"));
    }

    [Fact]
    public async Task DayPage_ShowsItsMonthInTheCalendar()
    {
        var day = await site.Factory.CreateBrowser().GetDocumentAsync("/ngay/2026-10-31");
        Assert.Equal("Tháng 10 năm 2026", day.Text("[data-test=calendar] caption"));
        Assert.Equal(["Lịch: cuối tháng Mười"], day.Texts("[data-test=article-summary] .summary-title"));
    }

    [Fact]
    public async Task MonthPage_WithoutAMonth_RedirectsToTodaysMonth()
    {
        var response = await site.Factory.CreateBrowser().GetAsync("/lich");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/lich/2026-11", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/lich/2026-13")]
    [InlineData("/lich/2026-00")]
    [InlineData("/lich/thang-muoi")]
    [InlineData("/lich/2026-1x")]
    [InlineData("/lich/+2026-10")]
    public async Task BadMonth_Is400_WithAVietnameseExplanation(string url)
    {
        var page = await site.Factory.CreateBrowser().GetDocumentAsync(url, HttpStatusCode.BadRequest);
        Assert.Contains("không phải là tháng", page.Text("[data-test=month-error]"));
        Assert.Null(page.QuerySelector("link[rel=canonical]"));
    }

    [Theory]
    [InlineData("/lich/1899-12")]
    [InlineData("/lich/2101-01")]
    [InlineData("/lich/9999-12")]
    public async Task MonthOutsideTheArchive_Is404(string url)
        => await site.Factory.CreateBrowser().GetDocumentAsync(url, HttpStatusCode.NotFound);

    // What a sighted reader sees in a cell: the text without the link's visually hidden date.
    private static string Shown(AngleSharp.Dom.IElement element)
    {
        var hidden = string.Concat(element.QuerySelectorAll(".visually-hidden").Select(e => e.TextContent));
        var text = element.TextContent;
        return (hidden.Length > 0 ? text.Replace(hidden, "", StringComparison.Ordinal) : text).Trim();
    }
}
