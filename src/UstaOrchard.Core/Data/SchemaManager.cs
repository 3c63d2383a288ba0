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

        var existing = await ReadTableNamesAsync(ct);
        var model = db.GetService<IDesignTimeModel>().Model.GetRelationalModel();
        var missing = db.GetService<IMigrationsModelDiffer>()
            .GetDifferences(null, model)
            .Where(op => op switch
            {
                CreateTableOperation table => !existing.Contains(table.Name),
                CreateIndexOperation index => !existing.Contains(index.Table),
                _ => false,
            })
            .ToList();
        if (missing.Count == 0) return;

        var commands = db.GetService<IMigrationsSqlGenerator>().Generate(missing, db.Model);
        await db.GetService<IMigrationCommandExecutor>()
            .ExecuteNonQueryAsync(commands, db.GetService<IRelationalConnection>(), ct);
        logger.LogInformation("Created {TableCount} tables: {Tables}",
            missing.OfType<CreateTableOperation>().Count(),
            string.Join(", ", missing.OfType<CreateTableOperation>().Select(t => t.Name)));
    }

    private async Task<HashSet<string>> ReadTableNamesAsync(CancellationToken ct)
    {
        var sql = settings.Provider == DatabaseProvider.Sqlite
            ? "SELECT name FROM sqlite_master WHERE type = 'table'"
            : "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()";
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
