using Microsoft.AspNetCore.Http;

namespace Usta.Visits.Counting;

/// <summary>
/// Counts readers' page views, in memory, before the output cache (an inner middleware) answers, so
/// a page served from the cache is counted too. What counts is decided when the response starts:
/// a GET or HEAD outside /Admin answered 200 with HTML (not a file, feed, sitemap, the counter's own
/// JSON, a 404 or an error page), from a browser that is no known robot. A new session (no valid
/// <see cref="VisitCookie"/>) is a visit; every counted view of an item page is a view of that path,
/// which the flush turns into an article's "Lượt xem" (see <see cref="ArticlePaths"/>).
/// The cookie is added in OnStarting, after the output cache took its copy of the headers, so it
/// is never stored with a page.
/// </summary>
public sealed class VisitCountingMiddleware(RequestDelegate next, VisitCounters counters, VisitSiteStateReader states, TimeProvider time)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            || request.Path.StartsWithSegments("/Admin", StringComparison.OrdinalIgnoreCase)
            || BotFilter.IsBot(request.Headers.UserAgent.ToString()))
        {
            await next(context);
            return;
        }

        var state = await states.GetAsync(context.RequestAborted);
        if (state.Enabled) context.Response.OnStarting(() => CountAsync(context, state));
        await next(context);
    }

    private Task CountAsync(HttpContext context, VisitSiteState state)
    {
        var response = context.Response;
        if (response.StatusCode != StatusCodes.Status200OK
            || response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) != true)
            return Task.CompletedTask;

        var now = time.GetUtcNow();
        var request = context.Request;
        if (!VisitCookie.TryParse(request.Cookies[VisitCookie.Name], now, out var cookie))
        {
            cookie = VisitCookie.New(now);
            counters.Days.Add(state.Today(now));
            SetCookie(context, cookie);
        }
        else if (cookie.NeedsRefresh(now))
        {
            cookie = cookie.Renewed(now);
            SetCookie(context, cookie);
        }
        counters.Seen(cookie.Id, now);

        // The item page ("/{**path}"); its print view is the same reader again.
        if (request.RouteValues["page"] is "/Item" && request.RouteValues["area"] is "Usta.Contents" && request.Query["in"] != "1")
        {
            var path = ArticlePaths.KeyOf(request.Path.Value);
            if (path.Length is > 0 and <= ArticlePaths.MaxPathLength) counters.Paths.Add(path);
        }
        return Task.CompletedTask;
    }

    private static void SetCookie(HttpContext context, VisitCookie cookie)
        => context.Response.Cookies.Append(VisitCookie.Name, cookie.ToString(), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = context.Request.IsHttps,
            Path = "/",
            IsEssential = true,
            Expires = DateTimeOffset.FromUnixTimeSeconds(cookie.Minute * 60) + VisitCookie.Lifetime,
        });
}
