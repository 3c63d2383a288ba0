namespace Usta.Visits.Counting;

/// <summary>
/// Known robots by their User-Agent: search engines and crawlers ("bot", "crawl", "spider",
/// "slurp"), link previews (Facebook, Zalo and others say "preview" or "facebookexternalhit"),
/// audits and headless browsers (Lighthouse, HeadlessChrome) and command-line or library clients
/// (curl, wget, python-requests, Go, Java, okhttp). No User-Agent at all is a robot too: every
/// browser sends one. Only a rough list: a robot that lies about itself is counted.
/// </summary>
public static class BotFilter
{
    private static readonly string[] Markers =
    [
        "bot", "crawl", "spider", "slurp", "preview", "facebookexternalhit", "facebookcatalog", "lighthouse", "headlesschrome",
        "curl/", "wget/", "python-", "python/", "go-http-client", "java/", "okhttp", "libwww", "httpclient", "scrapy", "feedfetcher",
        "uptime", "pingdom",
    ];

    public static bool IsBot(string? userAgent)
    {
        if (string.IsNullOrWhiteSpace(userAgent)) return true;
        // CUBOT is a phone maker whose browsers say "CUBOT_X19" or "CUBOT NOTE 7": people, not robots.
        var text = userAgent.Replace("cubot", "", StringComparison.OrdinalIgnoreCase);
        foreach (var marker in Markers)
        {
            if (text.Contains(marker, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }
}
