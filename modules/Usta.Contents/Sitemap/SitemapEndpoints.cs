using System.Globalization;
using System.Text;
using System.Xml;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using UstaOrchard.Core.Caching;
using UstaOrchard.Core.Settings;
using UstaOrchard.Core.Text;

namespace Usta.Contents.Sitemap;

/// <summary>
/// <c>/sitemap.xml</c>: a sitemap index of <c>/sitemap-1.xml</c>, <c>/sitemap-2.xml</c>, …, each at most
/// <see cref="SitemapOptions.UrlsPerFile"/> URLs with their last change, written as they are read.
/// </summary>
public static class SitemapEndpoints
{
    public const string IndexPath = "/sitemap.xml";
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string ContentType = "application/xml; charset=utf-8";
    private static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];

    public static string FilePath(int number) => $"/sitemap-{number.ToString(CultureInfo.InvariantCulture)}.xml";

    public static void MapSitemap(this IEndpointRouteBuilder endpoints)
    {
        // HEAD too: crawlers ask whether a file changed before reading it.
        endpoints.MapMethods(IndexPath, GetAndHead, IndexAsync).WithMetadata(new PublicCacheAttribute());
        endpoints.MapMethods("/sitemap-{number}.xml", GetAndHead, FileAsync).WithMetadata(new PublicCacheAttribute());
        endpoints.MapMethods(RobotsTxt.Path, GetAndHead, RobotsTxt.WriteAsync).WithMetadata(new PublicCacheAttribute());
    }

    private static async Task IndexAsync(HttpContext http, SitemapQueries queries, [FromServices] SiteUrls urls, IStringLocalizer<ContentsStartup> S)
    {
        var ct = http.RequestAborted;
        if (await urls.GetBaseUrlAsync(ct) is not { } baseUrl)
        {
            await NoBaseUrlAsync(http, S);
            return;
        }
        var files = await queries.FileCountAsync(ct);
        TagOutput(http, await queries.ContentTypesAsync(ct));
        await using var xml = Start(http);
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "sitemapindex", Namespace);
        for (var n = 1; n <= files; n++)
        {
            await xml.WriteStartElementAsync(null, "sitemap", Namespace);
            await xml.WriteElementStringAsync(null, "loc", Namespace, baseUrl + FilePath(n));
            await xml.WriteEndElementAsync();
        }
        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
    }

    private static async Task FileAsync(HttpContext http, string number, SitemapQueries queries, [FromServices] SiteUrls urls, IStringLocalizer<ContentsStartup> S)
    {
        var ct = http.RequestAborted;
        if (await urls.GetBaseUrlAsync(ct) is not { } baseUrl)
        {
            await NoBaseUrlAsync(http, S);
            return;
        }
        // "sitemap-0.xml", "sitemap-01.xml", "sitemap-x.xml" and files past the last: the site's 404 page.
        if (!BoundedNumber.TryParse(number, 1, 999_999_999, out var file) || number != file.ToString(CultureInfo.InvariantCulture)
            || file > await queries.FileCountAsync(ct))
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        var types = new HashSet<string>(StringComparer.Ordinal);
        await using var xml = Start(http);
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "urlset", Namespace);
        if (file == 1) await WriteUrlAsync(xml, baseUrl + "/", await queries.LastChangeAsync(ct));
        await foreach (var row in queries.FileAsync(file).WithCancellation(ct))
        {
            types.Add(row.ContentType);
            await WriteUrlAsync(xml, baseUrl + "/" + row.Path, row.ModifiedUtc);
        }
        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
        // Before the response completes, which is when the output cache reads the tags.
        TagOutput(http, types);
    }

    private static async Task WriteUrlAsync(XmlWriter xml, string loc, DateTime? modifiedUtc)
    {
        await xml.WriteStartElementAsync(null, "url", Namespace);
        await xml.WriteElementStringAsync(null, "loc", Namespace, XmlSafeText.Clean(loc));
        if (modifiedUtc is { } modified)
        {
            var utc = DateTime.SpecifyKind(modified, DateTimeKind.Utc);
            await xml.WriteElementStringAsync(null, "lastmod", Namespace, utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        }
        await xml.WriteEndElementAsync();
    }

    private static XmlWriter Start(HttpContext http)
    {
        http.Response.ContentType = ContentType;
        return XmlWriter.Create(http.Response.Body, new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false) });
    }

    private static void TagOutput(HttpContext http, IEnumerable<string> types)
    {
        http.TagOutput(CacheTags.Sitemap);
        foreach (var type in types) http.TagOutput(CacheTags.Type(type));
    }

    // Sitemap URLs must be absolute, and the Host header is not to be trusted.
    private static async Task NoBaseUrlAsync(HttpContext http, IStringLocalizer<ContentsStartup> S)
    {
        http.Response.StatusCode = StatusCodes.Status404NotFound;
        http.Response.ContentType = "text/plain; charset=utf-8";
        await http.Response.WriteAsync(S["The site's address (base URL) is not configured, so it has no sitemap. An administrator sets it in the settings (BaseUrl) or the configuration (Site:BaseUrl)."],
            http.RequestAborted);
    }
}
