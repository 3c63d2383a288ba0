namespace UstaOrchard.Bench;

/// <summary>
/// Kestrel with one endpoint that answers a small HTML page: what the machine and the load
/// generator allow at best, measured in the same run as the site's pages.
/// </summary>
public static class BareEndpoint
{
    private const string Page = "<!doctype html><html lang=\"vi\"><title>Đồng Nai</title><p>Liên hiệp các Hội Khoa học và Kỹ thuật Đồng Nai</p></html>";

    public static void Run(string url)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(url);
        var app = builder.Build();
        app.MapGet("/", () => Results.Content(Page, "text/html; charset=utf-8"));
        app.Run();
    }
}
