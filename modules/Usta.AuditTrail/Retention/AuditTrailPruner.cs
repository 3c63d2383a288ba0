using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Usta.AuditTrail.Records;
using UstaOrchard.Core.Data;
using UstaOrchard.Core.Settings;

namespace Usta.AuditTrail.Retention;

/// <summary>
/// Deletes rows older than the retention, a batch at a time (a short transaction each, so writers are
/// never held up long). Nodes may prune at the same moment: deleting rows another node just deleted
/// deletes nothing.
/// </summary>
public sealed class AuditTrailPruner(IServiceScopeFactory scopes, TimeProvider clock, ILogger<AuditTrailPruner> logger)
{
    public const int BatchSize = 5000;

    /// <summary>Prunes now; returns how many rows went.</summary>
    public async Task<int> PruneAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var settings = (await scope.ServiceProvider.GetRequiredService<SiteService>().GetAsync(ct)).Get<AuditTrailSettings>();
        var cutoff = clock.GetUtcNow().UtcDateTime.AddDays(-settings.EffectiveRetentionDays);
        var db = scope.ServiceProvider.GetRequiredService<UstaDbContext>();
        var rows = db.Set<AuditEventRecord>();
        var total = 0;
        while (true)
        {
            var batch = rows.Where(x => x.Utc < cutoff).OrderBy(x => x.Utc).Select(x => x.Id).Take(BatchSize);
            var deleted = await rows.Where(x => batch.Contains(x.Id)).ExecuteDeleteAsync(ct);
            total += deleted;
            if (deleted < BatchSize) break;
        }
        if (total > 0) logger.LogInformation("Pruned {Count} audit trail rows older than {Days} days", total, settings.EffectiveRetentionDays);
        return total;
    }
}
