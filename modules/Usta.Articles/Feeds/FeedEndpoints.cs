using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using UstaOrchard.Core.Caching;
using UstaOrchard.Core.Settings;

namespace Usta.Articles.Feeds;

/// <summary>
/// <c>/rss</c>: the site's newest articles; <c>/rss/{category path}</c> (e.g. <c>/rss/chuyen-muc/tin-tuc-su-kien</c>):
/// a category's, with its sub-categories', as its page lists them.
/// </summary>
public static class FeedEndpoints
{
    public const string SitePath = "/rss";
    private static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];

    public static string CategoryFeedUrl(string categoryUrl) => SitePath + "/" + categoryUrl.TrimStart('/');

    public static void MapFeeds(this IEndpointRouteBuilder endpoints)
    {
        // HEAD too: feed readers and validators ask whether a feed is there before reading it.
        endpoints.MapMethods(SitePath, GetAndHead, SiteAsync).WithMetadata(new PublicCacheAttribute());
        endpoints.MapMethods(SitePath + "/{**path}", GetAndHead, CategoryAsync).WithMetadata(new PublicCacheAttribute());
    }

    // SiteUrls has a static TryParse, which minimal APIs would take for a query value: [FromServices] says where it comes from.
    private static async Task SiteAsync(HttpContext http, FeedQueries feeds, RssFeedWriter writer, [FromServices] SiteUrls urls, SiteService site,
        IStringLocalizer<ArticlesStartup> S)
    {
        var ct = http.RequestAborted;
        if (await urls.GetBaseUrlAsync(ct) is not { } baseUrl)
        {
            await NoBaseUrlAsync(http, S);
            return;
        }
        var settings = await site.GetAsync(ct);
        var name = SiteName(settings);
        var entries = await feeds.LatestAsync(ct);
        http.TagOutput(CacheTags.Feeds, CacheTags.Type(ArticlesStartup.ContentType));
        var channel = new FeedChannel(name, string.IsNullOrWhiteSpace(settings.Description) ? S["Latest news of {0}", name].Value : settings.Description, "/", SitePath);
        await writer.WriteAsync(http.Response, baseUrl, channel, entries, ct);
    }

    private static async Task CategoryAsync(HttpContext http, string? path, FeedQueries feeds, RssFeedWriter writer, [FromServices] SiteUrls urls, SiteService site,
        IStringLocalizer<ArticlesStartup> S)
    {
        var ct = http.RequestAborted;
        if (await urls.GetBaseUrlAsync(ct) is not { } baseUrl)
        {
            await NoBaseUrlAsync(http, S);
            return;
        }
        if (await feeds.FindCategoryAsync(path, ct) is not { } category)
        {
            // No body: the site's Vietnamese 404 page answers.
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        var (entries, categoryIds) = await feeds.InCategoryAsync(category.ContentItemId, ct);
        // A sub-category's article is in this feed too: its change evicts the sub-category's tag.
        http.TagOutput(CacheTags.Feeds);
        foreach (var id in categoryIds) http.TagOutput(CacheTags.Category(id));
        var name = SiteName(await site.GetAsync(ct));
        var channel = new FeedChannel($"{category.Title} – {name}", S["Latest news in {0}", category.Title], "/" + category.Path,
            CategoryFeedUrl(category.Path));
        await writer.WriteAsync(http.Response, baseUrl, channel, entries, ct);
    }

    private static string SiteName(SiteSettings settings)
        => string.IsNullOrWhiteSpace(settings.SiteName) ? settings.Get<OrganisationSettings>().NameVi : settings.SiteName;

    // A feed's links must be absolute, and the Host header is not to be trusted: without the site's
    // address there is no honest feed to give.
    private static async Task NoBaseUrlAsync(HttpContext http, IStringLocalizer<ArticlesStartup> S)
    {
        http.Response.StatusCode = StatusCodes.Status404NotFound;
        http.Response.ContentType = "text/plain; charset=utf-8";
        await http.Response.WriteAsync(S["The site's address (base URL) is not configured, so it has no RSS feed. An administrator sets it in the settings (BaseUrl) or the configuration (Site:BaseUrl)."],
            http.RequestAborted);
    }
}
