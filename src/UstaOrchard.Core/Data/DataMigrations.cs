using UstaOrchard.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using UstaOrchard.Core.Modules;

namespace UstaOrchard.Core.Data;

/// <summary>
/// A module's data migration (Orchard's Migrations.cs): brings the module's content definitions
/// and data from the version stored for it to <see cref="Version"/>. Register with
/// <c>services.AddScoped&lt;IDataMigration, Migrations&gt;()</c>.
/// </summary>
public interface IDataMigration
{
    string ModuleId { get; }

    /// <summary>The version this migration brings the module to.</summary>
    int Version { get; }

    /// <summary>Runs the steps after <paramref name="fromVersion"/> (0 for a new site).</summary>
    Task MigrateAsync(int fromVersion, CancellationToken ct);
}

/// <summary>Runs pending migrations, Core's first and then in module order, each in its own transaction.</summary>
public sealed class DataMigrationRunner(UstaDbContext db, IEnumerable<IDataMigration> migrations, ModuleCatalog catalog,
    ILogger<DataMigrationRunner> logger)
{
    public async Task RunAsync(CancellationToken ct = default)
    {
        var order = catalog.Modules.Select((m, i) => (m.Manifest.Id, i)).ToDictionary(x => x.Id, x => x.i);
        // Core's tables are changed first: modules' migrations save items into them.
        order[ModuleCatalog.CoreId] = -1;
        foreach (var migration in migrations.OrderBy(m => order.GetValueOrDefault(m.ModuleId, int.MaxValue)))
        {
            var record = await db.ModuleMigrations.FirstOrDefaultAsync(r => r.ModuleId == migration.ModuleId, ct);
            var from = record?.Version ?? 0;
            if (from >= migration.Version) continue;

            await using var transaction = await db.BeginContentTransactionAsync(ct);
            await migration.MigrateAsync(from, ct);
            if (record is null) db.ModuleMigrations.Add(record = new ModuleMigrationRecord { ModuleId = migration.ModuleId });
            record.Version = migration.Version;
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            logger.LogInformation("Migrated module {ModuleId} from version {From} to {To}", migration.ModuleId, from, migration.Version);
        }
    }
}
