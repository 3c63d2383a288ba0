using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Usta.Recipes.Runs;

namespace Usta.Recipes.Uploads;

/// <summary>Deletes uploaded recipes nobody applied (a preview abandoned), at start and every hour.</summary>
public sealed class RecipeUploadCleanup(RecipeUploads uploads, RecipeRuns runs, TimeProvider clock, ILogger<RecipeUploadCleanup> logger)
    : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Off the start-up path: the first sweep runs once the host has started.
        await Task.Yield();
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                var deleted = uploads.DeleteAbandoned(runs.UploadsInUse);
                if (deleted > 0) logger.LogInformation("Deleted {Count} abandoned recipe uploads", deleted);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A folder this process may not delete must not stop the site (a failed background service would).
                logger.LogWarning(e, "Could not clean the recipe uploads folder");
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
