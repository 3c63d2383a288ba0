using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace UstaOrchard.Core.Data;

/// <summary>
/// Transactions that may change content. On PostgreSQL they are serialised by one advisory lock,
/// taken FIRST, before the transaction locks any row: rows saved in them (search indexing tasks
/// above all) then become visible in the order of their ids, which readers that follow an id
/// cursor rely on (PostgreSQL hands out identity values at insert but commits in any order). Taking
/// it later, after a row lock, deadlocks against a transaction that holds it and wants that row.
/// SQLite serialises writers anyway.
/// </summary>
public static class ContentTransactions
{
    // Any constant key ("USTASRCH"); the same on every node of a site.
    public const string LockSql = "SELECT pg_advisory_xact_lock(6148350555838366536)";

    public static async Task<IDbContextTransaction> BeginContentTransactionAsync(this UstaDbContext db, CancellationToken ct)
    {
        var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            await db.TakeContentLockAsync(ct);
            return transaction;
        }
        catch
        {
            await transaction.DisposeAsync();
            throw;
        }
    }

    /// <summary>Takes the lock in the current transaction (a no-op when it already holds it, and on SQLite).</summary>
    public static async Task TakeContentLockAsync(this UstaDbContext db, CancellationToken ct)
    {
        if (db.Database.IsNpgsql()) await db.Database.ExecuteSqlRawAsync(LockSql, ct);
    }
}
