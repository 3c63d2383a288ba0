using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using UstaOrchard.Core.Data;
using UstaOrchard.Core.Recipes;
using UstaOrchard.Core.Settings;

namespace UstaOrchard.Core.Setup;

public sealed record SetupOutcome(bool Applied, string RecipeName, string AdminUserName, string? GeneratedPassword);

/// <summary>
/// First start of a site: creates the data folder and the tables, runs module migrations, and
/// when the site was never set up applies the setup recipe (<c>Setup:Recipe</c>) with the first
/// administrator's name and password as recipe parameters.
/// </summary>
public sealed class SiteSetup(IServiceScopeFactory scopes, AppPaths paths, RecipeCatalog catalog, RecipeExecutor executor,
    StartupLock startupLock, IndexRebuildRequests rebuilds, IConfiguration configuration, TimeProvider clock, IStringLocalizer<SiteSetup> S, ILogger<SiteSetup> logger)
{
    /// <summary>Tables and module migrations only: what every start and every command needs.</summary>
    public async Task PrepareDatabaseAsync(CancellationToken ct = default)
    {
        await using var held = await LockedDatabaseAsync(ct);
    }

    /// <summary>Tables, migrations and, on a site never set up, the setup recipe; one node at a time.</summary>
    public async Task<SetupOutcome> EnsureSetUpAsync(CancellationToken ct = default)
    {
        await using var held = await LockedDatabaseAsync(ct);
        return await SetUpAsync(ct);
    }

    private async Task<IAsyncDisposable> LockedDatabaseAsync(CancellationToken ct)
    {
        Directory.CreateDirectory(paths.DataPath);
        await using (var scope = scopes.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<SchemaManager>().EnsureDatabaseAsync(ct);

        var held = await startupLock.AcquireAsync(ct);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<SchemaManager>().EnsureSchemaAsync(ct);
            // Tables first (migrations write to them), then migrations (they add columns), then the check
            // that no column is missing, then the indexes that new tables or migrations asked to rebuild.
            await scope.ServiceProvider.GetRequiredService<DataMigrationRunner>().RunAsync(ct);
            await scope.ServiceProvider.GetRequiredService<SchemaManager>().VerifySchemaAsync(ct);
            foreach (var module in rebuilds.Take())
                await scope.ServiceProvider.GetRequiredService<Contents.ContentIndexRebuilder>().RebuildAsync(module, ct);
            return held;
        }
        catch
        {
            await held.DisposeAsync();
            throw;
        }
    }

    private async Task<SetupOutcome> SetUpAsync(CancellationToken ct)
    {
        var adminName = configuration["Setup:AdminUserName"] is { Length: > 0 } n ? n : "admin";
        var recipeName = configuration["Setup:Recipe"] is { Length: > 0 } r ? r : "usta-setup";

        await using (var scope = scopes.CreateAsyncScope())
        {
            var settings = await scope.ServiceProvider.GetRequiredService<SiteService>().GetAsync(ct);
            if (settings.SetupCompletedUtc is not null) return new SetupOutcome(false, recipeName, adminName, null);
        }

        var file = catalog.Find(recipeName)
                   ?? throw new RecipeFormatException(recipeName, S["no such recipe in {0}", string.Join(", ", catalog.Folders)]);
        var recipe = await Recipe.LoadAsync(file, ct);
        var configured = configuration["Setup:AdminPassword"];
        var password = string.IsNullOrEmpty(configured) ? GeneratePassword() : configured;

        logger.LogInformation("Setting up the site from recipe {Recipe}", recipe.Name);
        var result = await executor.ExecuteAsync(recipe, new RecipeOptions
        {
            Parameters = new(StringComparer.OrdinalIgnoreCase)
            {
                ["AdminUsername"] = adminName,
                ["AdminEmail"] = configuration["Setup:AdminEmail"] is { Length: > 0 } e ? e : $"{adminName}@localhost",
                ["AdminPassword"] = password,
                ["SiteName"] = configuration["Setup:SiteName"],
            },
            // Marked in the recipe's transaction: a site is either set up and marked, or neither.
            BeforeCommitAsync = (services, token) => services.GetRequiredService<SiteService>()
                .UpdateAsync(s => s.SetupCompletedUtc = clock.GetUtcNow().UtcDateTime, token),
        }, ct);

        var passwordUsed = result.UsedParameters.Contains("AdminPassword");
        if (!passwordUsed) logger.LogWarning("The setup recipe {Recipe} creates no administrator from the setup parameters", recipe.Name);
        logger.LogInformation("Site set up from recipe {Recipe}; administrator {AdminUserName}", recipe.Name, adminName);
        return new SetupOutcome(true, recipe.Name, adminName, passwordUsed && string.IsNullOrEmpty(configured) ? password : null);
    }

    /// <summary>20 characters with every class Identity's default policy asks for.</summary>
    public static string GeneratePassword()
    {
        const string lower = "abcdefghijkmnopqrstuvwxyz", upper = "ABCDEFGHJKLMNPQRSTUVWXYZ", digits = "23456789", symbols = "!@#$%*-_+=";
        const string all = lower + upper + digits + symbols;
        var chars = new char[20];
        chars[0] = lower[RandomNumberGenerator.GetInt32(lower.Length)];
        chars[1] = upper[RandomNumberGenerator.GetInt32(upper.Length)];
        chars[2] = digits[RandomNumberGenerator.GetInt32(digits.Length)];
        chars[3] = symbols[RandomNumberGenerator.GetInt32(symbols.Length)];
        for (var i = 4; i < chars.Length; i++) chars[i] = all[RandomNumberGenerator.GetInt32(all.Length)];
        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }
}
