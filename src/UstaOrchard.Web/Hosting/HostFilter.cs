using UstaOrchard.Core.Settings;

namespace UstaOrchard.Web.Hosting;

/// <summary>
/// Answers a request for a host the site is not (<c>Host: evil.example</c>) with the Vietnamese 400
/// page. The hosts are <c>AllowedHosts</c> (";"-separated, "*.example.org" for sub-domains) plus the
/// host of <c>Site:BaseUrl</c>; with a base URL set, "*" no longer means any host. ASP.NET Core's own
/// host filtering is switched off for this: it answers with an empty body, before the status pages.
/// </summary>
public sealed class HostFilter(RequestDelegate next, IReadOnlyList<string> allowed)
{
    /// <summary>The hosts to accept, or null when any host is accepted.</summary>
    public static IReadOnlyList<string>? AllowedHosts(IConfiguration configuration)
    {
        var hosts = (configuration["AllowedHosts"] ?? "").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
        if (SiteUrls.TryParse(configuration[SiteUrls.ConfigurationKey], out var baseUrl))
            return [.. hosts.Where(h => h != "*"), new Uri(baseUrl!).Host];
        return hosts.Count == 0 || hosts.Contains("*") ? null : hosts;
    }

    public async Task InvokeAsync(HttpContext context)
    {
        var host = context.Request.Host;
        // An empty Host (HTTP/1.0) names no other site; the links still come from the base URL.
        if (host.HasValue && !RequestGuards.IsReExecution(context) && !allowed.Any(a => Matches(a, host.Host)))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        await next(context);
    }

    private static bool Matches(string allowed, string host)
        => allowed.StartsWith("*.", StringComparison.Ordinal)
            ? host.EndsWith(allowed[1..], StringComparison.OrdinalIgnoreCase)
            : string.Equals(allowed, host, StringComparison.OrdinalIgnoreCase);
}
