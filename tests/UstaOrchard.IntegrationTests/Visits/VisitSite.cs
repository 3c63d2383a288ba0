using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Usta.Visits.Counting;
using Usta.Visits.Display;
using Usta.Visits.Storage;
using UstaOrchard.Core.Data;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Visits;

/// <summary>A site whose counter flushes only when the test says (the timer is ten minutes), on a clock the test moves.</summary>
public sealed class VisitSite : IAsyncDisposable
{
    public const string Chrome = "Mozilla/5.0 (Linux; Android 13; SM-A536E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36";
    public const string SeedArticleId = "eq8ks141tbhsbn4r6zf9n8jg3g";

    private VisitSite(UstaAppFactory factory, FakeTimeProvider clock)
    {
        Factory = factory;
        Clock = clock;
    }

    public UstaAppFactory Factory { get; }
    public FakeTimeProvider Clock { get; }

    public static TestDatabase Database(string provider) => provider == "Postgres" ? TestDatabase.Postgres() : TestDatabase.Sqlite();

    public static VisitSite Start(TestDatabase database, DateTimeOffset? now = null, string? dataPath = null, bool keepData = false)
    {
        var clock = new FakeTimeProvider(now ?? DateTimeOffset.UtcNow);
        var path = dataPath ?? Paths.NewDataFolder();
        var factory = new UstaAppFactory(database, path,
            new Dictionary<string, string?>
            {
                ["Visits:FlushIntervalMilliseconds"] = "600000",
                // Nodes sharing a data folder (SQLite) keep their search indexes apart.
                ["Search:IndexPath"] = Path.Combine(path, "index-" + Guid.NewGuid().ToString("N")[..8]),
            },
            services => services.AddSingleton<TimeProvider>(clock)) { KeepData = keepData };
        factory.CreateClient().Dispose();
        return new VisitSite(factory, clock);
    }

    /// <summary>A reader's browser: its own cookies, a browser's User-Agent.</summary>
    public HttpClient Reader(string userAgent = Chrome)
    {
        var client = Factory.CreateBrowser();
        if (userAgent.Length > 0) client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", userAgent);
        return client;
    }

    public Task FlushAsync() => Factory.Services.GetRequiredService<VisitFlusher>().FlushAsync();

    public Task<(long Total, long Today, DateOnly Day)> StoredAsync(DateOnly day) => Factory.InScopeAsync(async sp =>
    {
        var days = sp.GetRequiredService<UstaDbContext>().Set<VisitDay>().AsNoTracking();
        var total = await days.SumAsync(x => (long?)x.Count) ?? 0;
        var today = await days.Where(x => x.Day == day).Select(x => (long?)x.Count).FirstOrDefaultAsync() ?? 0;
        return (total, today, day);
    });

    /// <summary>The page address of a published item.</summary>
    public Task<string> PathOfAsync(string contentItemId) => Factory.InScopeAsync(async sp =>
        "/" + await sp.GetRequiredService<UstaDbContext>().Set<Usta.Contents.AutorouteIndex>().AsNoTracking()
            .Where(x => x.ContentItemId == contentItemId && x.Published).Select(x => x.Path).FirstAsync());

    public Task<long> StoredViewsAsync(string contentItemId)
        => Factory.InScopeAsync(sp => sp.GetRequiredService<VisitStore>().ArticleViewsAsync(contentItemId, default));

    public async Task<VisitsJson> FiguresAsync(string? article = null)
    {
        using var client = Factory.CreateClient();
        var json = await client.GetFromJsonAsync<VisitsJson>(VisitsEndpoint.Route + (article is null ? "" : "?bai=" + article));
        return json!;
    }

    public ValueTask DisposeAsync() => Factory.DisposeAsync();
}
