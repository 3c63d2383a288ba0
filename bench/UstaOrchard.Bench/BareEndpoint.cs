namespace UstaOrchard.Bench;

/// <summary>
/// Kestrel with one endpoint that answers a small HTML page: what the machine and the load
/// generator allow at best, measured in the same run as the site's pages.
/// </summary>
public static class BareEndpoint
{
    private const string Page = "<!doctype html><html lang=\"vi\"><title>Đồng Nai</title><p>Liên hiệp các Hội Khoa học và Kỹ thuật Đồng Nai</p></html>";

    /// <param name="bytes">0: the small page; otherwise a page of that many bytes (a news page is about 20 KB).</param>
    public static void Run(string url, int bytes = 0)
    {
        var page = bytes <= 0 ? Page : Page[..^7] + new string('x', Math.Max(0, bytes - Page.Length)) + "</html>";
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(url);
        var app = builder.Build();
        app.MapGet("/", () => Results.Content(page, "text/html; charset=utf-8"));
        app.Run();
    }
}
