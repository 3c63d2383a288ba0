using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Usta.Search.Indexing;

/// <summary>
/// Keeps this node's copies of the search indexes in step with the database: a pass every
/// <see cref="SearchOptions.Interval"/>, or sooner when a save pokes <see cref="SearchIndexingSignal"/>.
/// After a pass it reports to SearchNodes (when something changed, and at least every 30 s) and
/// prunes applied tasks (at most once a minute). A failed pass is logged and tried again.
/// </summary>
public sealed class SearchIndexingWorker(IServiceScopeFactory scopes, SearchIndexingSignal signal, SearchOptions options,
    TimeProvider clock, ILogger<SearchIndexingWorker> logger) : BackgroundService
{
    public static readonly TimeSpan ReportInterval = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan PruneInterval = TimeSpan.FromMinutes(1);

    // The handler pokes before its transaction commits: give the commit a moment.
    private static readonly TimeSpan CommitGrace = TimeSpan.FromMilliseconds(30);

    private DateTime _lastReport = DateTime.MinValue;
    private DateTime _lastPrune = DateTime.MinValue;
    private bool _failing;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await PassAsync(stoppingToken);
                await signal.WaitAsync(options.Interval, stoppingToken);
                await Task.Delay(CommitGrace, stoppingToken);
            }
        }
        catch (Exception) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: a pass cut short (a rebuild's new folder is deleted) is done again at the next start.
        }
    }

    private async Task PassAsync(CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var changed = await scope.ServiceProvider.GetRequiredService<SearchIndexSync>().RunAsync(ct);
            var now = clock.GetUtcNow().UtcDateTime;
            if (changed || now - _lastReport >= ReportInterval)
            {
                await scope.ServiceProvider.GetRequiredService<SearchNodeReporter>().ReportAsync(ct);
                _lastReport = now;
            }
            if (now - _lastPrune >= PruneInterval)
            {
                await scope.ServiceProvider.GetRequiredService<SearchTaskPruner>().PruneAsync(ct);
                _lastPrune = now;
            }
            if (_failing) logger.LogInformation("Search indexing works again");
            _failing = false;
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            // The database may be away for a moment: say so once, keep trying every pass.
            if (!_failing) logger.LogError(e, "Search indexing pass failed; trying again every {Interval} ms", (long)options.Interval.TotalMilliseconds);
            else logger.LogDebug(e, "Search indexing pass failed again");
            _failing = true;
        }
    }
}
