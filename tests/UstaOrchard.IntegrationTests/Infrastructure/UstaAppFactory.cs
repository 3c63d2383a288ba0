using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace UstaOrchard.IntegrationTests.Infrastructure;

/// <summary>
/// The whole site in memory (WebApplicationFactory) on its own data folder and SQLite file,
/// set up on first start from the setup recipe, as a new user's first <c>dotnet run</c> would.
/// </summary>
public class UstaAppFactory : WebApplicationFactory<Program>
{
    private readonly TestDatabase _database;
    private readonly IDictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    public UstaAppFactory() : this(TestDatabase.Sqlite(), null, null)
    {
    }

    public UstaAppFactory(TestDatabase database, string? dataPath = null, IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null)
    {
        _services = services;
        _database = database;
        DataPath = dataPath ?? Paths.NewDataFolder();
        _settings = settings ?? new Dictionary<string, string?>();
    }

    public string DataPath { get; }
    public LogCollector Logs { get; } = new();

    /// <summary>Keep the data folder when the factory is disposed (a second start on the same folder).</summary>
    public bool KeepData { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("App:DataPath", DataPath);
        builder.UseSetting("Setup:RecipesPath", Paths.Recipes);
        builder.UseSetting("Setup:AdminPassword", TestAccounts.AdminPassword);
        builder.UseSetting("Setup:AdminEmail", "admin@example.org");
        foreach (var (key, value) in _database.Settings(DataPath)) builder.UseSetting(key, value);
        // Every test request comes from the same (absent) address; tests of the limit lower it.
        builder.UseSetting("Users:LoginRateLimit:PermitLimit", "100000");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.ConfigureLogging(logging => logging.ClearProviders().AddProvider(Logs));
        if (_services is not null) builder.ConfigureTestServices(_services);
    }

    public HttpClient CreateBrowser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DropAsync();
        if (!KeepData) Paths.DeleteFolder(DataPath);
        Logs.AssertNoUnexpectedWarnings();
        GC.SuppressFinalize(this);
    }
}
