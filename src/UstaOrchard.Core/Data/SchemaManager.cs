using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace UstaOrchard.Core.Data;

/// <summary>
/// Creates the tables the composed model needs and the database lacks. Modules come and go with
/// their own tables, so one migration history for the whole model does not fit; instead every
/// start compares the model's tables with the database's and creates what is missing, with EF's
/// own SQL generator for the active provider. Changing an existing table is a module data migration.
/// </summary>
public sealed class SchemaManager(UstaDbContext db, DatabaseSettings settings, ILogger<SchemaManager> logger)
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

    public async Task EnsureSchemaAsync(CancellationToken ct = default)
    {
        if (settings.Provider == DatabaseProvider.Sqlite)
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);

        var existing = await ReadNamesAsync(settings.Provider == DatabaseProvider.Sqlite
            ? "SELECT name FROM sqlite_master WHERE type = 'table'"
            : "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()", ct);
        var model = db.GetService<IDesignTimeModel>().Model.GetRelationalModel();
        var differences = db.GetService<IMigrationsModelDiffer>().GetDifferences(null, model);
        var missing = differences
            .Where(op => op switch
            {
                CreateTableOperation table => !existing.Contains(table.Name),
                CreateIndexOperation index => !existing.Contains(index.Table),
                _ => false,
            })
            .ToList();
        if (missing.Count > 0)
        {
            await ExecuteAsync(missing, ct);
            logger.LogInformation("Created {TableCount} tables: {Tables}",
                missing.OfType<CreateTableOperation>().Count(),
                string.Join(", ", missing.OfType<CreateTableOperation>().Select(t => t.Name)));
        }
        await EnsureIndexesAsync(differences.OfType<CreateIndexOperation>().Where(i => existing.Contains(i.Table)).ToList(), ct);
    }

    // A module may add an index to a table that already exists (a unique index, say): it is created on
    // the next start. One that cannot be (rows already break a unique index) leaves the site running
    // and tells the operator what to clean up.
    private async Task EnsureIndexesAsync(IReadOnlyList<CreateIndexOperation> indexes, CancellationToken ct)
    {
        if (indexes.Count == 0) return;
        var sql = settings.Provider == DatabaseProvider.Sqlite
            ? "SELECT name FROM sqlite_master WHERE type = 'index'"
            : "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()";
        var existing = await ReadNamesAsync(sql, ct);
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
                if ((await ReadNamesAsync(sql, ct)).Contains(index.Name)) continue;
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

    private async Task<HashSet<string>> ReadNamesAsync(string sql, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened) await connection.OpenAsync(ct);
        try
        {
            await using DbCommand command = connection.CreateCommand();
            command.CommandText = sql;
            var names = new HashSet<string>(StringComparer.Ordinal);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) names.Add(reader.GetString(0));
            return names;
        }
        finally
        {
            if (opened) await connection.CloseAsync();
        }
    }
}
