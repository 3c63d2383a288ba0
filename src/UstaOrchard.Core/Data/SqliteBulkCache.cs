using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace UstaOrchard.Core.Data;

/// <summary>
/// A larger SQLite page cache for one long transaction (a recipe of thousands of items): SQLite's default
/// of 2 MB makes every insert into a grown index read its pages back from the file. The connection's
/// own size comes back before the commit or the rollback (<see cref="RestoreAsync"/>), so the pooled
/// connection goes back with it. Does nothing on PostgreSQL.
/// </summary>
public sealed class SqliteBulkCache : IAsyncDisposable
{
    // In KiB (SQLite's negative form): 64 MiB, about 4,000 articles' rows and index pages.
    private const int BulkKibibytes = 65536;
    // SQLite's own default, for a connection that somehow still has the bulk size.
    private const int DefaultKibibytes = 2000;

    private readonly UstaDbContext? _db;
    private readonly long _previous;
    private bool _restored;

    private SqliteBulkCache(UstaDbContext? db, long previous)
    {
        _db = db;
        _previous = previous;
    }

    /// <summary>Call inside the transaction: its connection stays open until the transaction ends.</summary>
    public static async Task<SqliteBulkCache> EnlargeAsync(UstaDbContext db, CancellationToken ct)
    {
        if (!db.Database.IsSqlite() || db.Database.CurrentTransaction is null) return new SqliteBulkCache(null, 0);
        var previous = await ScalarAsync(db, "PRAGMA cache_size", ct);
        if (previous == -BulkKibibytes) previous = -DefaultKibibytes;
        await ScalarAsync(db, $"PRAGMA cache_size = {-BulkKibibytes}", ct);
        return new SqliteBulkCache(db, previous);
    }

    /// <summary>Gives the connection its own cache size back: before the commit, and before a rollback.</summary>
    public async Task RestoreAsync(CancellationToken ct)
    {
        if (_db is null || _restored || _db.Database.CurrentTransaction is null) return;
        _restored = true;
        await ScalarAsync(_db, $"PRAGMA cache_size = {_previous}", ct);
    }

    /// <summary>On the way to a rollback: a connection broken by the failure is dropped by the pool anyway.</summary>
    public async Task TryRestoreAsync()
    {
        try
        {
            await RestoreAsync(CancellationToken.None);
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException)
        {
        }
    }

    public async ValueTask DisposeAsync() => await RestoreAsync(CancellationToken.None);

    private static async Task<long> ScalarAsync(UstaDbContext db, string sql, CancellationToken ct)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(ct) is long value ? value : 0;
    }
}
