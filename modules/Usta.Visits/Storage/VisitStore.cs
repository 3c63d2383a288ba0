using Microsoft.EntityFrameworkCore;
using UstaOrchard.Core.Data;

namespace Usta.Visits.Storage;

/// <summary>
/// The counter's tables. Increments are added in the database (<c>Count = Count + delta</c>, the row
/// inserted when missing, as one statement), so nodes flushing at the same moment add up, and two
/// inserting the same new day both land: <c>INSERT … ON CONFLICT DO UPDATE</c> means the same on
/// SQLite and PostgreSQL.
/// </summary>
public sealed class VisitStore(UstaDbContext db)
{
    public const string DaysTable = "VisitDays";
    public const string ArticlesTable = "ArticleViewCounts";
    public const string NodesTable = "VisitNodes";

    public sealed record Increments(IReadOnlyList<KeyValuePair<DateOnly, long>> Days, IReadOnlyList<KeyValuePair<string, long>> Articles);

    /// <summary>Adds the increments and this node's "online now" in one transaction.</summary>
    public async Task WriteAsync(Increments increments, string nodeId, int? online, DateTime nowUtc, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // Rows in one order on every node: two flushes never wait on each other's rows in a cycle.
        foreach (var (day, delta) in increments.Days.OrderBy(x => x.Key))
        {
            await db.Database.ExecuteSqlRawAsync(
                $"INSERT INTO \"{DaysTable}\" (\"Day\", \"Count\") VALUES ({{0}}, {{1}}) " +
                $"ON CONFLICT (\"Day\") DO UPDATE SET \"Count\" = \"{DaysTable}\".\"Count\" + excluded.\"Count\"", [day, delta], ct);
        }
        foreach (var (id, delta) in increments.Articles.OrderBy(x => x.Key, StringComparer.Ordinal))
        {
            await db.Database.ExecuteSqlRawAsync(
                $"INSERT INTO \"{ArticlesTable}\" (\"ContentItemId\", \"Count\") VALUES ({{0}}, {{1}}) " +
                $"ON CONFLICT (\"ContentItemId\") DO UPDATE SET \"Count\" = \"{ArticlesTable}\".\"Count\" + excluded.\"Count\"", [id, delta], ct);
        }
        if (online is { } count)
        {
            await db.Database.ExecuteSqlRawAsync(
                $"INSERT INTO \"{NodesTable}\" (\"NodeId\", \"Online\", \"UpdatedUtc\") VALUES ({{0}}, {{1}}, {{2}}) " +
                "ON CONFLICT (\"NodeId\") DO UPDATE SET \"Online\" = excluded.\"Online\", \"UpdatedUtc\" = excluded.\"UpdatedUtc\"",
                [nodeId, count, nowUtc], ct);
        }
        await transaction.CommitAsync(ct);
    }

    public sealed record Totals(long Total, DateOnly Today, long TodayCount, int OnlineElsewhere);

    /// <summary>The figures in the database: every node's flushed visits, and the other nodes' fresh "online now".</summary>
    public async Task<Totals> ReadAsync(DateOnly today, string nodeId, DateTime freshSinceUtc, CancellationToken ct)
    {
        var days = db.Set<VisitDay>().AsNoTracking();
        var total = await days.SumAsync(x => (long?)x.Count, ct) ?? 0;
        var todayCount = await days.Where(x => x.Day == today).Select(x => (long?)x.Count).FirstOrDefaultAsync(ct) ?? 0;
        var online = await db.Set<VisitNode>().AsNoTracking().Where(x => x.NodeId != nodeId && x.UpdatedUtc >= freshSinceUtc)
            .SumAsync(x => (int?)x.Online, ct) ?? 0;
        return new Totals(total, today, todayCount, online);
    }

    public async Task<long> ArticleViewsAsync(string contentItemId, CancellationToken ct)
        => await db.Set<ArticleViewCount>().AsNoTracking().Where(x => x.ContentItemId == contentItemId)
            .Select(x => (long?)x.Count).FirstOrDefaultAsync(ct) ?? 0;

    /// <summary>Rows of nodes gone for a day: they count for nothing, and would pile up with every restart.</summary>
    public Task<int> PruneNodesAsync(DateTime beforeUtc, CancellationToken ct)
        => db.Set<VisitNode>().Where(x => x.UpdatedUtc < beforeUtc).ExecuteDeleteAsync(ct);
}
