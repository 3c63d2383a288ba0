using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Usta.AuditTrail.Retention;

/// <summary>Runs <see cref="AuditTrailPruner"/> once the site has started, then daily, on every node.</summary>
public sealed class AuditTrailPruningService(AuditTrailPruner pruner, TimeProvider clock, ILogger<AuditTrailPruningService> logger)
    : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Off the start-up path.
        await Task.Yield();
        using var timer = new PeriodicTimer(Interval, clock);
        try
        {
            do
            {
                try
                {
                    await pruner.PruneAsync(stoppingToken);
                }
                catch (Exception e) when (!stoppingToken.IsCancellationRequested)
                {
                    // The database may be away for a moment: the next day's round tries again.
                    logger.LogWarning(e, "Could not prune the audit trail");
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
