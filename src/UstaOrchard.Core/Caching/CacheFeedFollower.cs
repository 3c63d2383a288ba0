using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using UstaOrchard.Core.Data;

namespace UstaOrchard.Core.Caching;

/// <summary>
/// Follows the change feed on every node: every <c>Cache:Feed:IntervalMilliseconds</c> (default 1000)
/// it reads the <see cref="CacheChange"/> rows after its cursor and evicts their tags, so a change made
/// by another node or process reaches this node's caches within about that interval. It starts at the
/// newest row (a new process has empty memory caches) and prunes rows older than an hour.
/// </summary>
public sealed class CacheFeedFollower(IServiceScopeFactory scopes, CacheFeed feed, IConfiguration configuration, TimeProvider clock,
    ILogger<CacheFeedFollower> logger) : BackgroundService
{
    public const string IntervalKey = "Cache:Feed:IntervalMilliseconds";
    public static readonly TimeSpan KeepFor = TimeSpan.FromHours(1);
    private static readonly TimeSpan PruneEvery = TimeSpan.FromMinutes(5);
    private const int Batch = 500;

    private long? _cursor;
    private DateTime _lastPrune;
    private bool _failing;

    private TimeSpan Interval => int.TryParse(configuration[IntervalKey], out var ms) && ms >= 10 ? TimeSpan.FromMilliseconds(ms) : TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        _lastPrune = clock.GetUtcNow().UtcDateTime;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await PassAsync(stoppingToken);
                // Real time, not the site's clock: a test's fake clock must not stop the follower. This
                // process's own changes never wait for it (they are evicted at commit).
                await Task.Delay(Interval, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>One read of the feed; public so that tests and the host can run a pass at once.</summary>
    public async Task PassAsync(CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<UstaDbContext>();
            var changes = db.Set<CacheChange>().AsNoTracking();
            if (_cursor is null)
            {
                _cursor = await changes.MaxAsync(x => (long?)x.Id, ct) ?? 0;
                feed.ForgetThrough(_cursor.Value);
            }
            List<CacheChange> rows;
            do
            {
                var after = _cursor.Value;
                rows = await changes.Where(x => x.Id > after).OrderBy(x => x.Id).Take(Batch).ToListAsync(ct);
                var tags = rows.Where(r => !feed.TakeEvictedHere(r.Id)).SelectMany(r => r.TagList).ToHashSet(StringComparer.Ordinal);
                await feed.EvictAsync(tags, ct);
                if (rows.Count > 0) _cursor = rows[^1].Id;
            }
            while (rows.Count == Batch);

            var now = clock.GetUtcNow().UtcDateTime;
            if (now - _lastPrune >= PruneEvery)
            {
                var before = now - KeepFor;
                await db.Set<CacheChange>().Where(x => x.CreatedUtc < before).ExecuteDeleteAsync(ct);
                _lastPrune = now;
            }
            if (_failing) logger.LogInformation("The cache change feed is read again");
            _failing = false;
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            // The database may be away for a moment: say so once, keep trying every pass.
            if (!_failing) logger.LogError(e, "Reading the cache change feed failed; trying again every {Interval} ms", (long)Interval.TotalMilliseconds);
            _failing = true;
        }
    }
}
