using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Usta.Visits.Storage;
using UstaOrchard.Core.Data;

namespace Usta.Visits.Counting;

/// <summary>
/// Writes this node's counts to the database every <see cref="VisitOptions.FlushInterval"/>, and
/// once more when the host stops: in StopAsync, and again in StoppedAsync, after the web server has
/// finished its last requests. Counts leave memory only once their transaction committed; a failed
/// flush keeps them for the next. Each node flushes only its own increments, so nodes add up.
/// </summary>
public sealed class VisitFlusher(IServiceScopeFactory scopes, VisitCounters counters, VisitFigures figures, ArticleViewFigures articleViews, ArticlePaths articlePaths,
    VisitSiteStateReader states, VisitOptions options, VisitNodeId node, TimeProvider time, ILogger<VisitFlusher> logger)
    : BackgroundService, IHostedLifecycleService
{
    private static readonly TimeSpan PruneInterval = TimeSpan.FromMinutes(10);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private int? _lastOnline;
    private DateTimeOffset _lastNodeWrite = DateTimeOffset.MinValue;
    private DateTimeOffset _lastPrune = DateTimeOffset.MinValue;
    private bool _failing;
    private readonly object _stopLock = new();
    private Task? _stopFlush;
    private Task? _stoppedFlush;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            await TryFlushAsync(stopping: false, stoppingToken);
            try
            {
                await Task.Delay(options.FlushInterval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await OnceAsync(ref _stopFlush, stopping: false);
    }

    // The server stops after this service: what its last requests counted is flushed here, and
    // this node's "online now" is withdrawn.
    public Task StoppedAsync(CancellationToken cancellationToken) => OnceAsync(ref _stoppedFlush, stopping: true);

    // A host may be stopped twice at once (a test host is: by its factory and by its own Run): both
    // wait for the one flush, and none runs after the services are gone.
    private Task OnceAsync(ref Task? flush, bool stopping)
    {
        lock (_stopLock) return flush ??= TryFlushAsync(stopping, CancellationToken.None);
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task TryFlushAsync(bool stopping, CancellationToken ct)
    {
        try
        {
            await FlushAsync(stopping, ct);
            if (_failing) logger.LogInformation("Visit counts are written again");
            _failing = false;
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            // The database may be away for a moment: the counts stay in memory for the next flush.
            if (!_failing) logger.LogError(e, "Writing visit counts failed; they are kept in memory and tried again every {Interval} ms",
                (long)options.FlushInterval.TotalMilliseconds);
            _failing = true;
        }
    }

    /// <summary>
    /// The figures a reader sees come from the flushes: before the first one after a start they were zeros,
    /// and a reader (or a page cached then) saw "0" visits. The first readers wait for it instead; with the
    /// database away they get what memory holds, and the background flush reports the failure.
    /// </summary>
    public Task EnsureLoadedAsync(CancellationToken ct) => figures.Loaded ? Task.CompletedTask : TryFlushAsync(stopping: false, ct);

    /// <summary>One flush (tests call it to see the figures without waiting).</summary>
    public async Task FlushAsync(bool stopping = false, CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct);
        try
        {
            var now = time.GetUtcNow();
            var state = await states.GetAsync(ct);
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<UstaDbContext>();
            var store = scope.ServiceProvider.GetRequiredService<VisitStore>();

            var days = counters.Days.Snapshot();
            var paths = counters.Paths.Snapshot();
            var articles = new Dictionary<string, long>(StringComparer.Ordinal);
            if (paths.Count > 0)
            {
                var ids = await articlePaths.ResolveAsync(db, paths.Select(p => p.Key).ToList(), ct);
                foreach (var (path, count) in paths)
                {
                    if (ids.GetValueOrDefault(path) is { } id) articles[id] = articles.GetValueOrDefault(id) + count;
                }
            }
            var online = stopping ? 0 : counters.Online(now, options.OnlineWindow);
            var writeNode = online != _lastOnline || now - _lastNodeWrite >= options.NodeFreshness / 3;
            if (days.Count > 0 || articles.Count > 0 || writeNode)
            {
                // Never cancelled: a stop that lands after COMMIT reached the server would keep the counts in
                // memory, and the shutdown flush would write them twice.
                await store.WriteAsync(new VisitStore.Increments(days, articles.ToList()), node.Value, writeNode ? online : null, now.UtcDateTime,
                    CancellationToken.None);
                // Committed: only now do the counts leave memory (a path that shows no article is dropped here too).
                figures.MoveFlushed(days);
                counters.Paths.Subtract(paths);
                if (writeNode) (_lastOnline, _lastNodeWrite) = (online, now);
            }

            if (now - _lastPrune >= PruneInterval)
            {
                await store.PruneNodesAsync((now - TimeSpan.FromDays(1)).UtcDateTime, ct);
                _lastPrune = now;
            }
            figures.Set(await store.ReadAsync(state.Today(now), node.Value, (now - options.NodeFreshness).UtcDateTime, ct), online);
            articleViews.Reset();
        }
        finally
        {
            _gate.Release();
        }
    }
}
