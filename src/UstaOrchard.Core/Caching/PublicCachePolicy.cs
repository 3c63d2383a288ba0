using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Primitives;

namespace UstaOrchard.Core.Caching;

/// <summary>
/// The output cache's one policy: a GET or HEAD by an anonymous reader of an endpoint marked
/// <see cref="PublicCacheAttribute"/>, whose query string holds only the keys the endpoint declares
/// (once each), is answered from the cache and fills it. The key is the path and the declared values,
/// never the Host header. Responses other than a plain 200, with a cookie, or marked not to be stored
/// (an antiforgery token sets <c>Cache-Control: no-store</c>) are not kept.
/// </summary>
public sealed class PublicCachePolicy(Func<GuardedOutputCacheStore> storeFactory, string authCookieName, TimeSpan maxAge) : IOutputCachePolicy
{
    // Late: the store is made from the output cache's options, which this policy is part of.
    private GuardedOutputCacheStore? _store;

    private static readonly string[] LayoutTags =
    [
        CacheTags.All, CacheTags.ArticleDays, CacheTags.Type("Category"), CacheTags.Type("Link"), CacheTags.Type("Bulletin"), CacheTags.Type("Menu"),
    ];

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var declared = http.GetEndpoint()?.Metadata.GetMetadata<PublicCacheAttribute>();
        context.EnableOutputCaching = declared is not null && IsCacheable(http.Request, http, declared);
        if (!context.EnableOutputCaching) return ValueTask.CompletedTask;

        context.AllowCacheLookup = true;
        context.AllowCacheStorage = true;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = maxAge;
        context.CacheVaryByRules.VaryByHost = false;
        foreach (var (key, value) in http.Request.Query)
            context.CacheVaryByRules.VaryByValues["q:" + key.ToLowerInvariant()] = Normalise(value.ToString());
        foreach (var tag in LayoutTags) context.Tags.Add(tag);
        // Evictions after this moment keep the response out of the store (GuardedOutputCacheStore).
        context.Tags.Add((_store ??= storeFactory()).StampNow());
        http.Items[typeof(ResponseStartWatch)] = ResponseStartWatch.Install(http);
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK
            || SetsCookie(context.HttpContext)
            || ForbidsStoring(response.Headers.CacheControl)
            || context.HttpContext.User.Identity?.IsAuthenticated == true
            // Requests waiting on this one's key get its page unless storing is refused: an old render must not reach them.
            || (_store ??= storeFactory()).IsStale([.. context.Tags]))
        {
            context.AllowCacheStorage = false;
        }
        return ValueTask.CompletedTask;
    }

    // The page's own cookies keep it out; an outer middleware's, added when the response started, only
    // when the cache's copy of the headers was taken after that (it would hand one reader's cookie to all).
    private static bool SetsCookie(HttpContext http)
    {
        var cookies = http.Response.Headers.SetCookie.Count;
        if (http.Items[typeof(ResponseStartWatch)] is not ResponseStartWatch watch || watch.CookiesAtStart < 0) return cookies > 0;
        return watch.CookiesAtStart > 0 || (cookies > 0 && !watch.CopiedBeforeStart);
    }

    private bool IsCacheable(HttpRequest request, HttpContext http, PublicCacheAttribute declared)
    {
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method)) return false;
        if (http.User.Identity?.IsAuthenticated == true) return false;
        // A signed-in reader whose cookie the endpoint's auth did not read, or a chosen language: the page is theirs.
        if (request.Cookies.ContainsKey(authCookieName) || request.Cookies.ContainsKey(CookieRequestCultureProvider.DefaultCookieName)) return false;
        foreach (var (key, value) in request.Query)
        {
            if (value.Count != 1 || !declared.QueryKeys.Contains(key, StringComparer.OrdinalIgnoreCase)) return false;
        }
        return true;
    }

    private static bool ForbidsStoring(StringValues cacheControl)
    {
        foreach (var value in cacheControl)
        {
            if (value is null) continue;
            if (value.Contains("no-store", StringComparison.OrdinalIgnoreCase) || value.Contains("no-cache", StringComparison.OrdinalIgnoreCase)
                || value.Contains("private", StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    // "?trang=02" is the page "?trang=2" shows: one entry, not two. Anything else is kept as sent.
    private static string Normalise(string value)
        => value.Length is > 0 and <= 9 && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number.ToString(CultureInfo.InvariantCulture)
            : value;
}
