using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Diagnostics;
using UstaOrchard.Core.Caching;

namespace UstaOrchard.Core.Data;

/// <summary>
/// Saves the rows a content change added with SQLite statements prepared once and reused, for a
/// recipe's long run: EF's SaveChanges builds, prepares and throws away a batch of commands for every
/// item, which was half of a 10,000-article apply. Only plain inserts qualify: every pending change an
/// added row of a table mapped to one entity with scalar columns, whose only generated value is an
/// integer key, no foreign key. Anything else (an update, a delete), and every change on PostgreSQL, is
/// left to SaveChanges. Values reach SQLite through EF's own type mappings (converters, dates), so a row
/// reads back exactly as SaveChanges would have written it; the cache feed's rows are handed to its
/// interceptor as SaveChanges would. EF's command interceptors and command log do not see these statements.
/// </summary>
public sealed class SqliteRowInserter(IEnumerable<IInterceptor> interceptors) : IDisposable, IAsyncDisposable
{
    // The cache feed evicts the rows' tags once the transaction commits: it must see them as for SaveChanges.
    private readonly CacheFeedInterceptor? _feed = interceptors.OfType<CacheFeedInterceptor>().FirstOrDefault();

    private readonly Dictionary<IEntityType, Insert?> _inserts = [];

    /// <summary>Inserts the pending rows and returns true, or leaves them to SaveChanges and returns false.</summary>
    public async Task<bool> TrySaveAsync(UstaDbContext db, CancellationToken ct)
    {
        if (!db.Database.IsSqlite() || db.Database.CurrentTransaction?.GetDbTransaction() is not SqliteTransaction transaction) return false;
        var added = new List<EntityEntry>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State == EntityState.Unchanged) continue;
            if (entry.State != EntityState.Added || InsertFor(entry.Metadata) is not { } insert || !insert.Takes(entry)) return false;
            added.Add(entry);
        }
        _feed?.Collect(db);

        try
        {
            foreach (var entry in added) await InsertFor(entry.Metadata)!.RunAsync(entry, transaction, ct);
        }
        catch (SqliteException e)
        {
            // As SaveChanges reports it: the content manager tells a unique violation to the editor.
            throw new DbUpdateException(e.Message, e, added);
        }
        foreach (var entry in added) entry.State = EntityState.Unchanged;
        return true;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var insert in _inserts.Values)
            if (insert is not null) await insert.DisposeAsync();
    }

    public void Dispose()
    {
        foreach (var insert in _inserts.Values) insert?.Dispose();
    }

    private Insert? InsertFor(IEntityType type)
    {
        if (!_inserts.TryGetValue(type, out var insert)) _inserts[type] = insert = Insert.For(type);
        return insert;
    }

    private sealed class Insert(string sql, IProperty[] columns, IProperty? generatedKey) : IDisposable, IAsyncDisposable
    {
        private SqliteCommand? _command;

        public static Insert? For(IEntityType type)
        {
            if (type.GetTableName() is not { } table || type.BaseType is not null || type.GetDerivedTypes().Any()
                || type.IsOwned() || type.GetNavigations().Any() || type.GetSkipNavigations().Any() || type.GetComplexProperties().Any()
                // Rows that point at other rows: SaveChanges orders them, the tracker's order does not.
                || type.GetForeignKeys().Any() || type.GetReferencingForeignKeys().Any())
                return null;
            var key = type.FindPrimaryKey()?.Properties;
            if (key is null || key.Count != 1) return null;
            var generated = key[0].ValueGenerated == ValueGenerated.OnAdd ? key[0] : null;
            if (generated is not null && generated.ClrType != typeof(int) && generated.ClrType != typeof(long)) return null;

            var columns = type.GetProperties().Where(p => p != generated).ToArray();
            // A store default or another generated value: SaveChanges leaves such a column out when it holds
            // the CLR default, which a fixed statement cannot do.
            if (columns.Any(p => p.ValueGenerated != ValueGenerated.Never || p.GetDefaultValueSql() is not null
                                 || p.TryGetDefaultValue(out _) || p.GetComputedColumnSql() is not null))
                return null;

            var store = StoreObjectIdentifier.Table(table, type.GetSchema());
            var names = string.Join(", ", columns.Select(p => Quote(p.GetColumnName(store)!)));
            var values = string.Join(", ", columns.Select((_, i) => "@p" + i));
            var sql = $"INSERT INTO {Quote(table)} ({names}) VALUES ({values})"
                      + (generated is null ? "" : $" RETURNING {Quote(generated.GetColumnName(store)!)}");
            return new Insert(sql, columns, generated);
        }

        // A key the caller set itself is inserted as it is by SaveChanges, which a fixed statement does not do.
        public bool Takes(EntityEntry entry) => generatedKey is null || entry.Property(generatedKey.Name).IsTemporary;

        public async Task RunAsync(EntityEntry entry, SqliteTransaction transaction, CancellationToken ct)
        {
            var command = CommandFor(transaction);
            command.Parameters.Clear();
            for (var i = 0; i < columns.Length; i++)
            {
                var column = columns[i];
                command.Parameters.Add(column.GetRelationalTypeMapping()
                    .CreateParameter(command, "@p" + i, entry.Property(column.Name).CurrentValue, column.IsNullable));
            }
            if (generatedKey is null)
            {
                await command.ExecuteNonQueryAsync(ct);
                return;
            }
            var id = await command.ExecuteScalarAsync(ct);
            entry.Property(generatedKey.Name).CurrentValue = Convert.ChangeType(id, generatedKey.ClrType);
        }

        // Prepared once per connection and transaction: SQLite keeps the compiled statement while the text is the same.
        private SqliteCommand CommandFor(SqliteTransaction transaction)
        {
            if (_command is not null && _command.Connection == transaction.Connection && _command.Transaction == transaction) return _command;
            _command?.Dispose();
            _command = transaction.Connection!.CreateCommand();
            _command.Transaction = transaction;
            _command.CommandText = sql;
            return _command;
        }

        public ValueTask DisposeAsync() => _command?.DisposeAsync() ?? ValueTask.CompletedTask;

        public void Dispose() => _command?.Dispose();

        private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"") + "\"";
    }
}
