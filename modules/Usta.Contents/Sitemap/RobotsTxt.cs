using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using UstaOrchard.Core.Caching;
using UstaOrchard.Core.Settings;

namespace Usta.Contents.Sitemap;

/// <summary>
/// <c>/robots.txt</c>: everything may be crawled but the administration, the account pages and search
/// results (endless, thin pages); the sitemap is named only when the site knows its own address.
/// </summary>
public static class RobotsTxt
{
    public const string Path = "/robots.txt";

    public static async Task WriteAsync(HttpContext http, [FromServices] SiteUrls urls)
    {
        var baseUrl = await urls.GetBaseUrlAsync(http.RequestAborted);
        var text = "User-agent: *\nAllow: /\nDisallow: /Admin\nDisallow: /dang-nhap\nDisallow: /dang-xuat\nDisallow: /khong-co-quyen\nDisallow: /tim-kiem\n";
        if (baseUrl is not null) text += $"\nSitemap: {baseUrl}{SitemapEndpoints.IndexPath}\n";
        http.TagOutput(CacheTags.Sitemap);
        http.Response.ContentType = "text/plain; charset=utf-8";
        await http.Response.WriteAsync(text, http.RequestAborted);
    }
}
