using Microsoft.Playwright;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.BrowserTests;

/// <summary>
/// Debian's Chromium driven by Playwright (never `playwright install`). Without the browser a test
/// is skipped with the reason; under CI=true it fails, so CI cannot pass by skipping.
/// </summary>
public static class BrowserSession
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            const string reason = $"No browser at {ChromiumPath}: install it with `apt-get install -y chromium` to run the browser tests.";
            if (TestDatabase.IsCi) throw new InvalidOperationException("CI=true, so browser tests must run. " + reason);
            Skip.If(true, reason);
        }
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        return (playwright, browser);
    }
}
