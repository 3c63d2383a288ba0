using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using UstaOrchard.Core.Setup;
using UstaOrchard.Web;

namespace UstaOrchard.IntegrationTests.Infrastructure;

/// <summary>
/// The site's real composition (the host's AddUsta) without a web server: for tests of the
/// content store and recipes, on SQLite or PostgreSQL.
/// </summary>
public sealed class TestSite : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TestDatabase _database;

    private TestSite(WebApplication app, TestDatabase database, string dataPath, LogCollector logs)
    {
        _app = app;
        _database = database;
        DataPath = dataPath;
        Logs = logs;
    }

    public IServiceProvider Services => _app.Services;
    public string DataPath { get; }
    public LogCollector Logs { get; }

    /// <summary>A site with its tables and module migrations; with <paramref name="setUp"/>, also the setup recipe.</summary>
    public static async Task<TestSite> CreateAsync(TestDatabase database, bool setUp = false,
        Action<IServiceCollection>? services = null, IDictionary<string, string?>? settings = null, string? dataPath = null)
    {
        dataPath ??= Paths.NewDataFolder();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing", ContentRootPath = AppContext.BaseDirectory });
        var all = new Dictionary<string, string?>
        {
            ["App:DataPath"] = dataPath,
            ["Setup:RecipesPath"] = Paths.Recipes,
            ["Setup:AdminPassword"] = TestAccounts.AdminPassword,
            ["Setup:AdminEmail"] = "admin@example.org",
        };
        foreach (var (key, value) in database.Settings(dataPath)) all[key] = value;
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) all[key] = value;
        builder.Configuration.AddInMemoryCollection(all);
        var logs = new LogCollector();
        builder.Logging.ClearProviders().AddProvider(logs);
        services?.Invoke(builder.Services);
        builder.AddUsta();

        var app = builder.Build();
        var site = new TestSite(app, database, dataPath, logs);
        var setup = app.Services.GetRequiredService<SiteSetup>();
        if (setUp) await setup.EnsureSetUpAsync();
        else await setup.PrepareDatabaseAsync();
        return site;
    }

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public async Task InScopeAsync(Func<IServiceProvider, Task> work)
    {
        await using var scope = Services.CreateAsyncScope();
        await work(scope.ServiceProvider);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _database.DropAsync();
        Paths.DeleteFolder(DataPath);
        Logs.AssertNoUnexpectedWarnings();
    }
}

public static class TestAccounts
{
    public const string AdminUserName = "admin";
    public const string AdminPassword = "Quan-tri-2021!";
}
