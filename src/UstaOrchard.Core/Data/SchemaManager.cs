using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using Npgsql;
using UstaOrchard.Core.Modules;

namespace UstaOrchard.Core.Data;

/// <summary>
/// Creates the tables the composed model needs and the database lacks. Modules come and go with
/// their own tables, so one migration history for the whole model does not fit; instead every
/// start compares the model's tables with the database's and creates what is missing, with EF's
/// own SQL generator for the active provider. Changing an existing table is a module data migration
/// (<see cref="SchemaBuilder"/>); a column the model has and the database lacks stops the start.
/// </summary>
public sealed class SchemaManager(UstaDbContext db, DatabaseSettings settings, ModuleCatalog catalog, IndexRebuildRequests rebuilds,
    ILogger<SchemaManager> logger)
{
    /// <summary>
    /// Creates the PostgreSQL database when the server has none by that name (SQLite makes its file
    /// on first use). Done outside EF so that two nodes racing to create it log no error.
    /// </summary>
    public async Task EnsureDatabaseAsync(CancellationToken ct = default)
    {
        if (settings.Provider != DatabaseProvider.Postgres) return;
        var target = new NpgsqlConnectionStringBuilder(settings.ConnectionString);
        var name = target.Database ?? throw new InvalidOperationException("ConnectionStrings:Default names no Database.");
        var maintenance = new NpgsqlConnectionStringBuilder(settings.ConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(maintenance.ConnectionString);
        await connection.OpenAsync(ct);
        await using (var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection))
        {
            exists.Parameters.AddWithValue("name", name);
            if (await exists.ExecuteScalarAsync(ct) is not null) return;
        }
        try
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name.Replace("\"", "\"\"")}\"", connection);
            await create.ExecuteNonQueryAsync(ct);
            logger.LogInformation("Created database {Database}", name);
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
        {
            // Another node created it a moment ago (a race PostgreSQL reports either way).
        }
    }

    /// <summary>
    /// Creates the tables the database lacks (before the module migrations run). A new index table on
    /// a site that already has items is empty: its module's index is rebuilt at the end of the start.
    /// </summary>
    public async Task EnsureSchemaAsync(CancellationToken ct = default)
    {
        if (settings.Provider == DatabaseProvider.Sqlite)
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);

        var existing = await SchemaReader.TablesAsync(db, settings.Provider, ct);
        var differences = db.GetService<IMigrationsModelDiffer>().GetDifferences(null, RelationalModel);
        var missing = differences
            .Where(op => op switch
            {
                CreateTableOperation table => !existing.Contains(table.Name),
                CreateIndexOperation index => !existing.Contains(index.Table),
                _ => false,
            })
            .ToList();
        if (missing.Count == 0) return;

        var newTables = missing.OfType<CreateTableOperation>().Select(t => t.Name).ToList();
        await ExecuteAsync(missing, ct);
        logger.LogInformation("Created {TableCount} tables: {Tables}", newTables.Count, string.Join(", ", newTables));
        await RequestRebuildOfNewIndexTablesAsync(existing, newTables, ct);
    }

    /// <summary>
    /// After the module migrations: every column of the model must now exist (a missing one stops the
    /// start, naming the module whose migration should add it), then indexes new to existing tables are made.
    /// </summary>
    public async Task VerifySchemaAsync(CancellationToken ct = default)
    {
        var columns = await SchemaReader.ColumnsAsync(db, settings.Provider, ct);
        var missing = RelationalModel.Tables
            .SelectMany(table => table.Columns.Select(column => (table, column)))
            .Where(x => !columns.Contains(SchemaReader.Key(x.table.Name, x.column.Name)))
            .Select(x => new MissingColumn(x.table.Name, x.column.Name, catalog.ModuleIdOf(x.table.EntityTypeMappings.First().TypeBase.ClrType)))
            .ToList();
        if (missing.Count > 0) throw new SchemaMismatchException(missing);

        var differences = db.GetService<IMigrationsModelDiffer>().GetDifferences(null, RelationalModel);
        await EnsureIndexesAsync(differences.OfType<CreateIndexOperation>().ToList(), ct);
    }

    private IRelationalModel RelationalModel => db.GetService<IDesignTimeModel>().Model.GetRelationalModel();

    private async Task RequestRebuildOfNewIndexTablesAsync(HashSet<string> existingBefore, List<string> newTables, CancellationToken ct)
    {
        // A site whose ContentItems table is new has no items to index.
        if (!existingBefore.Contains("ContentItems") || !await SchemaReader.HasRowsAsync(db, "ContentItems", ct)) return;
        foreach (var entity in db.Model.GetEntityTypes())
        {
            if (!typeof(Contents.IContentIndexRow).IsAssignableFrom(entity.ClrType) || !newTables.Contains(entity.GetTableName() ?? "")) continue;
            var module = catalog.ModuleIdOf(entity.ClrType);
            logger.LogInformation("New index table {Table}: the index of module {ModuleId} will be rebuilt", entity.GetTableName(), module);
            rebuilds.Request(module);
        }
    }

    // A module may add an index to a table that already exists (a unique index, say): it is created on
    // the next start. One that cannot be (rows already break a unique index) leaves the site running
    // and tells the operator what to clean up.
    private async Task EnsureIndexesAsync(IReadOnlyList<CreateIndexOperation> indexes, CancellationToken ct)
    {
        if (indexes.Count == 0) return;
        var existing = await SchemaReader.IndexesAsync(db, settings.Provider, ct);
        foreach (var index in indexes.Where(i => !existing.Contains(i.Name)))
        {
            try
            {
                await ExecuteAsync([index], ct);
                logger.LogInformation("Created index {Index} on {Table}", index.Name, index.Table);
            }
            catch (DbException e)
            {
                // Another node starting at the same moment may have created it first.
                if ((await SchemaReader.IndexesAsync(db, settings.Provider, ct)).Contains(index.Name)) continue;
                logger.LogError("Could not create index {Index} on {Table}: {Reason}. Remove the rows that break it and restart.",
                    index.Name, index.Table, e.Message);
            }
        }
    }

    private async Task ExecuteAsync(IReadOnlyList<MigrationOperation> operations, CancellationToken ct)
    {
        var commands = db.GetService<IMigrationsSqlGenerator>().Generate(operations, db.Model);
        await db.GetService<IMigrationCommandExecutor>()
            .ExecuteNonQueryAsync(commands, db.GetService<IRelationalConnection>(), ct);
    }
}
