using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Storage;

namespace UstaOrchard.Core.Data;

/// <summary>
/// What a module's data migration uses to change a table that already exists, on SQLite and
/// PostgreSQL alike (EF's SQL generator for the active provider writes the statements). Each call
/// is idempotent: a column or an index already there is left alone, because a new site gets both
/// from the model before its first migration runs.
/// </summary>
public sealed class SchemaBuilder(UstaDbContext db, DatabaseSettings settings, IndexRebuildRequests rebuilds)
{
    /// <summary>Adds <paramref name="column"/> to <paramref name="table"/> unless it is there already.</summary>
    /// <param name="defaultValue">Needed for a NOT NULL column: the value existing rows get.</param>
    public async Task AddColumnAsync(string table, string column, Type clrType, bool nullable = true, int? maxLength = null,
        object? defaultValue = null, CancellationToken ct = default)
    {
        if (!nullable && defaultValue is null)
            throw new ArgumentException($"{table}.{column} is NOT NULL: existing rows need a default value.", nameof(defaultValue));
        if ((await SchemaReader.ColumnsAsync(db, settings.Provider, ct)).Contains(SchemaReader.Key(table, column))) return;
        await ExecuteAsync(new AddColumnOperation
        {
            Table = table,
            Name = column,
            ClrType = Nullable.GetUnderlyingType(clrType) ?? clrType,
            IsNullable = nullable,
            MaxLength = maxLength,
            DefaultValue = defaultValue,
        }, ct);
    }

    /// <summary>Creates an index unless one of that name exists. <paramref name="filter"/> is SQL (a partial index).</summary>
    public async Task CreateIndexAsync(string table, string name, string[] columns, bool unique = false, string? filter = null,
        CancellationToken ct = default)
    {
        if ((await SchemaReader.IndexesAsync(db, settings.Provider, ct)).Contains(name)) return;
        await ExecuteAsync(new CreateIndexOperation { Table = table, Name = name, Columns = columns, IsUnique = unique, Filter = filter }, ct);
    }

    /// <summary>Drops an index if it exists.</summary>
    public async Task DropIndexAsync(string table, string name, CancellationToken ct = default)
    {
        if (!(await SchemaReader.IndexesAsync(db, settings.Provider, ct)).Contains(name)) return;
        await ExecuteAsync(new DropIndexOperation { Table = table, Name = name }, ct);
    }

    /// <summary>
    /// Asks for <paramref name="moduleId"/>'s index tables to be filled again from the stored items
    /// once every migration has run (a migration that changed what an index row holds).
    /// </summary>
    public void RequestIndexRebuild(string moduleId) => rebuilds.Request(moduleId);

    private async Task ExecuteAsync(MigrationOperation operation, CancellationToken ct)
    {
        var commands = db.GetService<IMigrationsSqlGenerator>().Generate([operation], db.Model);
        await db.GetService<IMigrationCommandExecutor>()
            .ExecuteNonQueryAsync(commands, db.GetService<IRelationalConnection>(), ct);
    }
}
