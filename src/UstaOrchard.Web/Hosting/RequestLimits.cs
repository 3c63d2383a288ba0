using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace UstaOrchard.Web.Hosting;

/// <summary>
/// The site's own limits on addresses and headers, answered with the Vietnamese 414 and 431 pages.
/// Kestrel's limits are set higher (see <see cref="ConfigureKestrel"/>), so that what a browser can
/// plausibly send reaches this middleware instead of Kestrel's empty answer; beyond Kestrel's limits,
/// and for what Kestrel refuses while parsing (a NUL in the path), the answer stays Kestrel's own.
/// </summary>
public sealed class RequestLimits(RequestDelegate next, ILogger<RequestLimits> logger)
{
    public const int MaxUrlLength = 4 * 1024;
    /// <summary>
    /// The search page reads a reader's query, which the issue wants answered (cut, with a message) up
    /// to 10,000 characters, percent-encoded up to six bytes each: still under Kestrel's request line.
    /// </summary>
    public const int MaxSearchUrlLength = 60 * 1024;
    public const string SearchPath = "/tim-kiem";
    public const int MaxHeadersSize = 32 * 1024;
    public const int MaxHeaderCount = 100;

    public static int MaxUrlLengthFor(PathString path)
        => path.Equals(SearchPath, StringComparison.OrdinalIgnoreCase) ? MaxSearchUrlLength : MaxUrlLength;

    public static void ConfigureKestrel(KestrelServerOptions options)
    {
        options.AddServerHeader = false;
        options.Limits.MaxRequestLineSize = 64 * 1024;
        options.Limits.MaxRequestHeadersTotalSize = 128 * 1024;
        options.Limits.MaxRequestHeaderCount = 4 * MaxHeaderCount;
    }

    public async Task InvokeAsync(HttpContext context)
    {
        if (!RequestGuards.IsReExecution(context))
        {
            if (UrlLength(context) > MaxUrlLengthFor(context.Request.Path))
            {
                context.Response.StatusCode = StatusCodes.Status414UriTooLong;
                return;
            }
            if (context.Request.Headers.Count > MaxHeaderCount || HeadersSize(context.Request.Headers) > MaxHeadersSize)
            {
                context.Response.StatusCode = StatusCodes.Status431RequestHeaderFieldsTooLarge;
                return;
            }
        }

        try
        {
            await next(context);
        }
        catch (Microsoft.AspNetCore.Http.BadHttpRequestException e) when (!context.Response.HasStarted)
        {
            // A body too large or too slow is the client's doing: its status and page, not a logged 500.
            // Logged, not silent: a body that arrives too slowly on a starved server looks like a client's mistake.
            logger.LogInformation("Request {Method} {Path} refused with {StatusCode}: {Reason}", context.Request.Method, context.Request.Path, e.StatusCode, e.Message);
            context.Response.Clear();
            context.Response.StatusCode = e.StatusCode;
        }
    }

    private static int UrlLength(HttpContext context)
        => Math.Max(context.Features.Get<IHttpRequestFeature>()?.RawTarget?.Length ?? 0,
            (context.Request.Path.Value?.Length ?? 0) + (context.Request.QueryString.Value?.Length ?? 0));

    private static long HeadersSize(IHeaderDictionary headers)
    {
        long size = 0;
        foreach (var (name, values) in headers)
        {
            size += name.Length + 4;
            foreach (var value in values) size += value?.Length ?? 0;
        }
        return size;
    }
}
