using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace UstaOrchard.Core.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

public static class DataServiceCollectionExtensions
{
    public static IServiceCollection AddUstaData(this IServiceCollection services)
    {
        // Read when first resolved, not while services are registered: hosts and test factories
        // may add configuration after registration.
        services.AddSingleton(sp => AppPaths.From(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IHostEnvironment>().ContentRootPath));
        services.AddSingleton(sp => DatabaseSettings.From(sp.GetRequiredService<IConfiguration>()));
        services.AddDbContext<UstaDbContext>((sp, options) =>
        {
            var database = sp.GetRequiredService<DatabaseSettings>();
            if (database.Provider == DatabaseProvider.Postgres)
                options.UseNpgsql(database.ConnectionString);
            else
                options.UseSqlite(database.ConnectionString ?? $"Data Source={sp.GetRequiredService<AppPaths>().SqliteFile}");
            // Test runs start many hosts in one process, each with its own service provider.
            options.ConfigureWarnings(w => w.Ignore(CoreEventId.ManyServiceProvidersCreatedWarning));
            // Interceptors registered in the container (tests count statements with one) see every command.
            options.AddInterceptors(sp.GetServices<IInterceptor>());
            // Built once: nothing above depends on the request (the interceptors are singletons), and
            // building them for every context was 3 % of an uncached page's CPU.
        }, optionsLifetime: ServiceLifetime.Singleton);
        services.AddScoped<SchemaManager>();
        services.AddScoped<DataMigrationRunner>();
        services.AddScoped<SchemaBuilder>();
        services.AddSingleton<IndexRebuildRequests>();
        services.AddScoped<IDataMigration, CoreMigrations>();
        return services;
    }

    public static IServiceCollection AddDbModel<TContributor>(this IServiceCollection services)
        where TContributor : class, IDbModelContributor
        => services.AddSingleton<IDbModelContributor, TContributor>();
}

/// <summary>
/// One set of code for both databases: <c>Database:Provider</c> picks SQLite (a file under the
/// data path, the default) or PostgreSQL (<c>ConnectionStrings:Default</c>).
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string? ConnectionString)
{
    public static DatabaseSettings From(IConfiguration configuration)
    {
        var value = configuration["Database:Provider"];
        var connectionString = configuration.GetConnectionString("Default");
        var provider = DatabaseProvider.Sqlite;
        if (!string.IsNullOrWhiteSpace(value) && !Enum.TryParse(value, ignoreCase: true, out provider))
        {
            provider = value.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase) || value.Equals("Npgsql", StringComparison.OrdinalIgnoreCase)
                ? DatabaseProvider.Postgres
                : throw new InvalidOperationException($"Database:Provider '{value}' is not known: use Sqlite or Postgres.");
        }
        if (provider == DatabaseProvider.Postgres && string.IsNullOrWhiteSpace(connectionString))
            throw new InvalidOperationException("Database:Provider is Postgres, but ConnectionStrings:Default is empty.");
        return new DatabaseSettings(provider, string.IsNullOrWhiteSpace(connectionString) ? null : connectionString);
    }
}
