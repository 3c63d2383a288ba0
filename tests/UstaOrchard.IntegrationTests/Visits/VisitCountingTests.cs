using System.Net;
using Microsoft.Net.Http.Headers;
using Usta.Visits.Counting;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Visits;

/// <summary>What counts as a visit and a view, and what does not, on SQLite and PostgreSQL.</summary>
public sealed class VisitCountingTests
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    private static DateOnly LocalDay(VisitSite site) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(site.Clock.GetUtcNow(), Zone).DateTime);

    [SkippableTheory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task FirstVisit_SetsTheCookie_AndARepeatWithinThirtyMinutes_IsNotCountedAgain(string provider)
    {
        await using var site = VisitSite.Start(VisitSite.Database(provider));
        var reader = site.Reader();

        var first = await reader.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var cookie = Assert.Single(first.Headers.GetValues(HeaderNames.SetCookie), c => c.StartsWith(VisitCookie.Name + "="));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);

        site.Clock.Advance(TimeSpan.FromMinutes(2));
        var again = await reader.GetAsync("/");
        // Within the refresh interval the cookie is not set again: most responses carry no Set-Cookie.
        Assert.False(again.Headers.Contains(HeaderNames.SetCookie));
        site.Clock.Advance(TimeSpan.FromMinutes(20));
        var refreshed = await reader.GetAsync("/gioi-thieu");
        Assert.Contains(refreshed.Headers.GetValues(HeaderNames.SetCookie), c => c.StartsWith(VisitCookie.Name + "="));
        site.Clock.Advance(TimeSpan.FromMinutes(25));
        await reader.GetAsync("/");

        await site.FlushAsync();
        Assert.Equal(1, (await site.StoredAsync(LocalDay(site))).Total);

        // Idle for more than thirty minutes: a new visit.
        site.Clock.Advance(TimeSpan.FromMinutes(31));
        await reader.GetAsync("/");
        await site.FlushAsync();
        Assert.Equal(2, (await site.StoredAsync(LocalDay(site))).Total);
    }

    [SkippableTheory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task RobotsErrorsFilesAdminAndEndpoints_AreNotCounted(string provider)
    {
        await using var site = VisitSite.Start(VisitSite.Database(provider));
        string[] robots =
        [
            "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
            "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
            "curl/8.5.0",
            "",
        ];
        foreach (var agent in robots)
        {
            var response = await site.Reader(agent).GetAsync("/");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.False(response.Headers.Contains(HeaderNames.SetCookie), agent);
        }

        var reader = site.Reader();
        var missing = await reader.GetAsync("/khong-co-trang-nay");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/_content/Usta.Visits/visits.js")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/thong-ke/luot-truy-cap")).StatusCode);
        await reader.GetAsync("/Admin");
        var post = await reader.PostAsync("/", new StringContent(""));
        foreach (var response in new[] { missing, post })
            Assert.False(response.Headers.Contains(HeaderNames.SetCookie) && response.Headers.GetValues(HeaderNames.SetCookie).Any(c => c.StartsWith(VisitCookie.Name)));

        await site.FlushAsync();
        Assert.Equal(0, (await site.StoredAsync(LocalDay(site))).Total);
        Assert.Equal(0, (await site.FiguresAsync()).Total);
    }

    [SkippableTheory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task ManySessionsAtOnce_AreAllCountedExactly_WithTheirArticleViews(string provider)
    {
        const int sessions = 40, pagesEach = 5;
        await using var site = VisitSite.Start(VisitSite.Database(provider));
        var article = await site.PathOfAsync(VisitSite.SeedArticleId);

        var flushes = 0;
        await Task.WhenAll(Enumerable.Range(0, sessions).Select(async i =>
        {
            var reader = site.Reader();
            for (var n = 0; n < pagesEach; n++)
            {
                var response = await reader.GetAsync(article);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                // Flushes while readers keep coming lose nothing and count nothing twice.
                if (i % 10 == 0 && n == 2) { await site.FlushAsync(); Interlocked.Increment(ref flushes); }
            }
        }));
        // The print view is the same reader again: no view.
        await site.Reader().GetAsync(article + "?in=1");
        await site.FlushAsync();

        Assert.Equal(sessions + 1, (await site.StoredAsync(LocalDay(site))).Total);
        Assert.Equal(sessions * pagesEach, await site.StoredViewsAsync(VisitSite.SeedArticleId));
        var figures = await site.FiguresAsync(VisitSite.SeedArticleId);
        Assert.Equal(sessions + 1, figures.Total);
        Assert.Equal(sessions + 1, figures.Today);
        Assert.Equal(sessions + 1, figures.Online);
        Assert.Equal(sessions * pagesEach, figures.Views);
        Assert.Equal(4, flushes);
    }

    [SkippableTheory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task Today_RollsOverAtMidnight_InTheSiteTimeZone(string provider)
    {
        // 23:58 in Hồ Chí Minh City is 16:58 UTC: a UTC day would not change for seven more hours.
        var start = new DateTimeOffset(2026, 3, 14, 16, 58, 0, TimeSpan.Zero);
        await using var site = VisitSite.Start(VisitSite.Database(provider), start);
        await site.Reader().GetAsync("/");
        await site.Reader().GetAsync("/");
        site.Clock.Advance(TimeSpan.FromMinutes(3));
        await site.Reader().GetAsync("/");

        var figures = await site.FiguresAsync();
        Assert.Equal((3, 1), (figures.Total, figures.Today));
        await site.FlushAsync();
        Assert.Equal((3L, 2L), ((await site.StoredAsync(new DateOnly(2026, 3, 14))).Total, (await site.StoredAsync(new DateOnly(2026, 3, 14))).Today));
        Assert.Equal(1, (await site.StoredAsync(new DateOnly(2026, 3, 15))).Today);
        figures = await site.FiguresAsync();
        Assert.Equal((3, 1), (figures.Total, figures.Today));
    }
}
