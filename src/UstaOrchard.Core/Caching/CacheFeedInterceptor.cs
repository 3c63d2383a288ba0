using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace UstaOrchard.Core.Caching;

/// <summary>
/// Evicts the tags of the <see cref="CacheChange"/> rows a context saved as soon as they are committed,
/// never before: a page rendered between the eviction and the commit would otherwise be cached stale.
/// Rows of a rolled-back transaction are forgotten with it.
/// </summary>
public sealed class CacheFeedInterceptor(CacheFeed feed) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, List<CacheChange>> _pending = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is { } context && context.Database.CurrentTransaction is null) CommittedAsync(context).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        // Without a transaction of the caller's, SaveChanges committed its own.
        if (eventData.Context is { } context && context.Database.CurrentTransaction is null) await CommittedAsync(context);
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context is { } context && context.Database.CurrentTransaction is null) _pending.Remove(context);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SaveChangesFailed(eventData);
        return Task.CompletedTask;
    }

    internal async Task CommittedAsync(DbContext context)
    {
        if (!_pending.TryGetValue(context, out var rows)) return;
        _pending.Remove(context);
        await feed.EvictCommittedAsync(rows);
    }

    internal void RolledBack(DbContext context) => _pending.Remove(context);

    /// <summary>Takes note of the feed rows <paramref name="context"/> is about to save (also for saves that bypass SaveChanges).</summary>
    internal void Collect(DbContext? context)
    {
        if (context is null) return;
        // Rows are only ever added (CacheChange.Add), which the tracker knows without comparing every
        // tracked value first; SaveChanges detects changes itself right after this.
        var tracker = context.ChangeTracker;
        var detect = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        List<CacheChange> added;
        try
        {
            added = tracker.Entries<CacheChange>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detect;
        }
        if (added.Count == 0) return;
        var rows = _pending.GetOrCreateValue(context);
        foreach (var row in added)
            if (!rows.Contains(row)) rows.Add(row);
    }
}

/// <summary>The transaction half of <see cref="CacheFeedInterceptor"/>: commit evicts, rollback forgets.</summary>
public sealed class CacheFeedTransactionInterceptor(CacheFeedInterceptor saves) : DbTransactionInterceptor
{
    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } context) saves.CommittedAsync(context).GetAwaiter().GetResult();
    }

    public override async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context) await saves.CommittedAsync(context);
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } context) saves.RolledBack(context);
    }

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        TransactionRolledBack(transaction, eventData);
        return Task.CompletedTask;
    }
}
