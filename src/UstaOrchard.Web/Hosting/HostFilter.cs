using UstaOrchard.Core.Settings;

namespace UstaOrchard.Web.Hosting;

/// <summary>The hosts the site answers; null when any host is.</summary>
public sealed record AllowedHostList(IReadOnlyList<string>? Hosts);

/// <summary>
/// Answers a request for a host the site is not (<c>Host: evil.example</c>) with the Vietnamese 400
/// page. The hosts are <c>AllowedHosts</c> (";"-separated, "*.example.org" for sub-domains) plus the
/// host of <c>Site:BaseUrl</c>; with a base URL set, "*" no longer means any host. ASP.NET Core's own
/// host filtering is switched off for this: it answers with an empty body, before the status pages.
/// A Host that cannot be read at all (<c>xn--</c> that is not valid punycode makes every reader of
/// <c>Request.Host</c> throw) is a 400 whatever the list, and is cleared so that nothing reads it again.
/// </summary>
public sealed class HostFilter(RequestDelegate next, AllowedHostList allowed)
{
    public static AllowedHostList AllowedHosts(IConfiguration configuration)
    {
        var hosts = (configuration["AllowedHosts"] ?? "").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
        if (SiteUrls.TryParse(configuration[SiteUrls.ConfigurationKey], out var baseUrl))
            return new([.. hosts.Where(h => h != "*"), new Uri(baseUrl!).Host]);
        return new(hosts.Count == 0 || hosts.Contains("*") ? null : hosts);
    }

    public async Task InvokeAsync(HttpContext context)
    {
        if (RequestGuards.IsReExecution(context))
        {
            await next(context);
            return;
        }
        HostString host;
        try
        {
            host = context.Request.Host;
        }
        catch (ArgumentException)
        {
            context.Request.Headers.Host = "";
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        // An empty Host (HTTP/1.0) names no other site; the links still come from the base URL.
        if (allowed.Hosts is { } hosts && host.HasValue && !hosts.Any(a => Matches(a, host.Host)))
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
