using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace UstaOrchard.Core.Data;

/// <summary>What the database holds now: tables, columns ("Table.Column") and index names, on either provider.</summary>
internal static class SchemaReader
{
    public static string Key(string table, string column) => table + "." + column;

    public static Task<HashSet<string>> TablesAsync(UstaDbContext db, DatabaseProvider provider, CancellationToken ct)
        => ReadAsync(db, provider == DatabaseProvider.Sqlite
            ? "SELECT name FROM sqlite_master WHERE type = 'table'"
            : "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()", ct);

    public static Task<HashSet<string>> ColumnsAsync(UstaDbContext db, DatabaseProvider provider, CancellationToken ct)
        => ReadAsync(db, provider == DatabaseProvider.Sqlite
            ? "SELECT m.name || '.' || p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table'"
            : "SELECT table_name || '.' || column_name FROM information_schema.columns WHERE table_schema = current_schema()", ct);

    public static Task<HashSet<string>> IndexesAsync(UstaDbContext db, DatabaseProvider provider, CancellationToken ct)
        => ReadAsync(db, provider == DatabaseProvider.Sqlite
            ? "SELECT name FROM sqlite_master WHERE type = 'index'"
            : "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()", ct);

    public static async Task<bool> HasRowsAsync(UstaDbContext db, string table, CancellationToken ct)
        => (await ReadAsync(db, $"SELECT 'x' FROM \"{table.Replace("\"", "\"\"")}\" LIMIT 1", ct)).Count > 0;

    private static async Task<HashSet<string>> ReadAsync(UstaDbContext db, string sql, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened) await connection.OpenAsync(ct);
        try
        {
            await using DbCommand command = connection.CreateCommand();
            command.CommandText = sql;
            // A migration reads inside its transaction; the command must join it.
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
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
