namespace UstaOrchard.Web.Hosting;

/// <summary>
/// One URL per page: <c>/GIOI-THIEU</c>, <c>/gioi-thieu/</c> and <c>//gioi-thieu</c> are moved
/// permanently (301) to <c>/gioi-thieu</c>, the query kept. Only GET and HEAD are redirected (a form
/// post is not repeated elsewhere). Paths under <c>/_content/</c> (static assets, whose file names
/// have capitals), <c>/media/</c> (file names keep their case) and <c>/Admin</c> keep their case: admin pages are not indexed and Razor Pages
/// answer them in any case, so only their slashes are made canonical.
/// </summary>
public sealed class CanonicalPaths(RequestDelegate next)
{
    private static readonly string[] CaseKept = ["_content", "Admin", "media"];

    public Task InvokeAsync(HttpContext context)
    {
        var method = context.Request.Method;
        if (RequestGuards.IsReExecution(context) || !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method))) return next(context);

        var path = context.Request.Path.Value ?? "";
        if (Canonical(path) is not { } canonical || canonical == path) return next(context);
        context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
        context.Response.Headers.Location = new PathString(canonical).ToUriComponent() + context.Request.QueryString;
        return Task.CompletedTask;
    }

    /// <summary>The canonical form of a path, or null when it must not be redirected.</summary>
    public static string? Canonical(string path)
    {
        // "/\evil.example" as a Location is another site to a browser, and a '%' left by the server's decoding
        // (invalid UTF-8, an encoded slash) would change meaning when lower-cased: such paths are only ever a 404.
        if (path.Contains('\\') || path.Contains('%')) return null;
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var collapsed = "/" + string.Join('/', segments);
        return segments.Length > 0 && CaseKept.Contains(segments[0], StringComparer.OrdinalIgnoreCase) ? collapsed : collapsed.ToLowerInvariant();
    }
}
