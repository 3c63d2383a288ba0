using Microsoft.Extensions.Configuration;

namespace UstaOrchard.Core.Settings;

/// <summary>
/// The site's absolute address, for links that leave the page (canonical, Open Graph, feeds,
/// e-mails): never taken from the request's Host header, which anyone can set. <c>Site:BaseUrl</c>
/// in configuration wins over the site settings' BaseUrl: it is the operator's statement of where
/// the site is deployed (it also restricts the hosts the site answers), while the settings are data
/// a recipe may bring. With neither, there is no absolute address: links are root-relative.
/// </summary>
public sealed class SiteUrls(IConfiguration configuration, SiteService site)
{
    public const string ConfigurationKey = "Site:BaseUrl";

    /// <summary>"https://example.org" or "https://example.org/site" (no trailing slash); null when none is set or it is not valid.</summary>
    public async Task<string?> GetBaseUrlAsync(CancellationToken ct = default)
    {
        if (TryParse(configuration[ConfigurationKey], out var configured)) return configured;
        return TryParse((await site.GetAsync(ct)).BaseUrl, out var stored) ? stored : null;
    }

    /// <summary>An absolute http(s) address without query, fragment or user info.</summary>
    public static bool TryParse(string? text, out string? baseUrl)
    {
        baseUrl = null;
        if (string.IsNullOrWhiteSpace(text) || !Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri)) return false;
        if (uri.Scheme is not ("http" or "https") || uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0) return false;
        baseUrl = uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
        return true;
    }
}
