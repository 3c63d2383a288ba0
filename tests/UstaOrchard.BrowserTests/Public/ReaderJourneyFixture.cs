using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Usta.Articles;
using Usta.Contents;
using UstaOrchard.Core.Contents;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.BrowserTests.Public;

/// <summary>
/// One site on a real Kestrel port and one Chromium for the whole reader journey: starting either
/// costs more than every page the journey opens. The seed site's articles are from 2021, so one
/// article is published today: the sidebar calendar's current month then has a day to follow.
/// </summary>
public sealed class ReaderJourneyFixture : IAsyncLifetime
{
    private readonly KestrelSiteFixture _site = new();
    private (IPlaywright Playwright, IBrowser Browser)? _browser;

    public const string TodayTitle = "Bản tin hôm nay của trường";

    public Uri Address => _site.Address;

    public UstaAppFactory Factory => _site.Factory;

    /// <summary>Screenshots and the saved HTML, under the test run's output folder (kept after the run).</summary>
    public string OutputFolder { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "reader-journey");

    public async Task InitializeAsync()
    {
        Paths.DeleteFolder(OutputFolder);
        await _site.InitializeAsync();
        await Factory.InScopeAsync(async sp =>
        {
            var contents = sp.GetRequiredService<ContentManager>();
            var article = contents.New(ArticlesStartup.ContentType);
            article.Apply(new TitlePart { Title = TodayTitle });
            article.Apply(new AutoroutePart());
            return await contents.CreateAsync(article, publish: true);
        });
    }

    /// <summary>The shared browser; skips the calling test (fails under CI) without Chromium.</summary>
    public async Task<IBrowser> BrowserAsync()
    {
        _browser ??= await BrowserSession.LaunchAsync();
        return _browser.Value.Browser;
    }

    /// <summary>A reader's window of the given width, with axe-core loaded into every page it opens.</summary>
    public async Task<IBrowserContext> NewReaderAsync(int width)
    {
        var browser = await BrowserAsync();
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Address.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = width < 600 ? 740 : 900 },
            Locale = "vi-VN",
        });
        await AxeAudit.InstallAsync(context);
        return context;
    }

    public async Task DisposeAsync()
    {
        if (_browser is { } b)
        {
            await b.Browser.DisposeAsync();
            b.Playwright.Dispose();
        }
        await _site.DisposeAsync();
    }
}
