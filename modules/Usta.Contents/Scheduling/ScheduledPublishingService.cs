using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Usta.Contents.Scheduling;

/// <summary>Runs <see cref="ScheduledPublisher"/> every <see cref="SchedulerOptions.Interval"/> on this node.</summary>
public sealed class ScheduledPublishingService(ScheduledPublisher publisher, SchedulerOptions options, TimeProvider clock,
    ILogger<ScheduledPublishingService> logger) : BackgroundService
{
    private bool _roundFailed;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Interval, clock);
        try
        {
            do
            {
                try
                {
                    await publisher.PublishDueAsync(stoppingToken);
                    _roundFailed = false;
                }
                catch (Exception e) when (!stoppingToken.IsCancellationRequested)
                {
                    // The database may be away for a moment; say so once, keep trying.
                    if (!_roundFailed) logger.LogWarning(e, "Could not read the scheduled publications; trying again every round");
                    _roundFailed = true;
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
