using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;
using Usta.Visits;
using Usta.Visits.Counting;
using UstaOrchard.Core.Caching;
using UstaOrchard.Core.Settings;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Visits;

/// <summary>The sidebar block, "Lượt xem", the endpoint visits.js reads, and the setting that turns them off.</summary>
public sealed class VisitDisplayTests
{
    [SkippableTheory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task Block_ShowsFlushedFigures_AndTheEndpointIsNeverCached(string provider)
    {
        await using var site = VisitSite.Start(VisitSite.Database(provider));
        await site.Factory.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<SiteService>().UpdateAsync(s => s.Put(new VisitSettings { InitialTotal = 1_234_567 }));
            return 0;
        });
        await EvictSettingsAsync(site);
        var article = await site.PathOfAsync(VisitSite.SeedArticleId);
        for (var i = 0; i < 3; i++) await site.Reader().GetAsync(article);
        await site.FlushAsync();
        // A page from the output cache keeps the figures it was rendered with (the script brings them
        // up to date); a new render shows the flushed ones.
        await EvictSettingsAsync(site);

        var page = await site.Reader().GetDocumentAsync(article);
        var block = page.QuerySelector("[data-test=visitor-counter]")!;
        Assert.Equal("Lượt truy cập", block.QuerySelector("h2")!.TextContent.Trim());
        Assert.Equal(["Tổng lượt truy cập", "Hôm nay", "Đang trực tuyến"], block.QuerySelectorAll("dt").Select(d => d.TextContent.Trim()));
        // Rendered before this reader's own visit was counted: the last flushed figures.
        Assert.Equal("1.234.570", block.QuerySelector("[data-test=visits-total]")!.TextContent.Trim());
        Assert.Equal("3", block.QuerySelector("[data-test=visits-today]")!.TextContent.Trim());
        Assert.Equal("3", block.QuerySelector("[data-test=visits-online]")!.TextContent.Trim());
        Assert.Equal("Lượt xem: 3", page.QuerySelector("[data-test=article-views]")!.TextContent.Trim());
        var script = Assert.Single(page.QuerySelectorAll("script[src*='/_content/Usta.Visits/visits']"));
        Assert.True(script.HasAttribute("defer"));
        Assert.Empty(page.QuerySelectorAll("script:not([src]):not([type='application/ld+json'])"));

        using var client = site.Factory.CreateClient();
        var response = await client.GetAsync("/thong-ke/luot-truy-cap?bai=" + VisitSite.SeedArticleId);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
        Assert.False(response.Headers.Contains(HeaderNames.SetCookie));
        var figures = await site.FiguresAsync(VisitSite.SeedArticleId);
        // Visits include this node's unflushed ones at once; "online now" and views are as of the last flush (seconds old).
        Assert.Equal(("1.234.571", "4", "3", "3"), (figures.TotalText, figures.TodayText, figures.OnlineText, figures.ViewsText));
        await site.FlushAsync();
        figures = await site.FiguresAsync(VisitSite.SeedArticleId);
        Assert.Equal(("1.234.571", "4", "4", "4"), (figures.TotalText, figures.TodayText, figures.OnlineText, figures.ViewsText));
        Assert.Equal((1_234_571L, 4L, 4, 4L), (figures.Total, figures.Today, figures.Online, figures.Views!.Value));

        foreach (var bad in new[] { "?bai=%3Cscript%3E", "?bai=a&bai=b", "?bai=" + new string('a', 300) })
        {
            var refused = await client.GetAsync("/thong-ke/luot-truy-cap" + bad);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("phải là mã của một bài viết", await refused.Content.ReadAsStringAsync());
        }
    }

    [SkippableTheory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task TurnedOff_CountsNothing_AndShowsNothing(string provider)
    {
        await using var site = VisitSite.Start(VisitSite.Database(provider));
        await site.Factory.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<SiteService>().UpdateAsync(s => s.Put(new VisitSettings { Enabled = false }));
            return 0;
        });
        await EvictSettingsAsync(site);
        var article = await site.PathOfAsync(VisitSite.SeedArticleId);

        var reader = site.Reader();
        var response = await reader.GetAsync(article);
        Assert.False(response.Headers.Contains(HeaderNames.SetCookie) && response.Headers.GetValues(HeaderNames.SetCookie).Any(c => c.StartsWith(VisitCookie.Name)));
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Null(page.QuerySelector("[data-test=visitor-counter]"));
        Assert.Null(page.QuerySelector("[data-test=article-views]"));
        Assert.Empty(page.QuerySelectorAll("script[src*='/_content/Usta.Visits/visits']"));
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/thong-ke/luot-truy-cap")).StatusCode);

        await site.FlushAsync();
        Assert.Equal(0, (await site.StoredAsync(DateOnly.FromDateTime(DateTime.UtcNow))).Total);
        Assert.Equal(0, await site.StoredViewsAsync(VisitSite.SeedArticleId));
    }

    // What the change-feed follower does on every node when the settings change (issue 9, item 1).
    private static async Task EvictSettingsAsync(VisitSite site)
    {
        foreach (var cache in site.Factory.Services.GetServices<ICacheEvictionHandler>()) await cache.EvictAsync([CacheTags.All], default);
    }
}
