using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;

namespace Usta.Contents.Scheduling;

/// <summary>
/// Publishes the plans that are due. Every node runs it; a plan is carried out by the node whose
/// DELETE of its row affected it, in the same transaction as the publish, so a second node finds
/// nothing to delete (PostgreSQL makes it wait for the first one's commit, then reports 0 rows).
/// </summary>
public sealed class ScheduledPublisher(IServiceScopeFactory scopes, TimeProvider clock, SchedulerOptions options, ILogger<ScheduledPublisher> logger)
{
    // Items whose publication failed and was already logged: a failure that lasts warns once, not every round.
    private readonly ConcurrentDictionary<string, byte> _failing = new();

    /// <summary>One round: publishes what is due now; returns how many this node published.</summary>
    public async Task<int> PublishDueAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        List<string> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            due = await scope.ServiceProvider.GetRequiredService<UstaDbContext>().Set<ScheduledPublicationRecord>().AsNoTracking()
                .Where(x => x.PublishUtc <= now)
                .OrderBy(x => x.PublishUtc)
                .Select(x => x.ContentItemId)
                .Take(options.BatchSize)
                .ToListAsync(ct);
        }

        var published = 0;
        foreach (var id in due)
            if (await PublishAsync(id, now, ct)) published++;
        return published;
    }

    private async Task<bool> PublishAsync(string contentItemId, DateTime now, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<UstaDbContext>();
            await using var transaction = await db.BeginContentTransactionAsync(ct);
            // The claim. "PublishUtc <= now" again: the editor may have moved the plan since it was listed.
            var plan = await db.Set<ScheduledPublicationRecord>().AsNoTracking()
                .FirstOrDefaultAsync(x => x.ContentItemId == contentItemId && x.PublishUtc <= now, ct);
            var claimed = plan is null ? 0 : await db.Set<ScheduledPublicationRecord>()
                .Where(x => x.Id == plan.Id && x.PublishUtc <= now)
                .ExecuteDeleteAsync(ct);
            if (claimed == 0) return false;

            // The plan publishes the version that was planned, as it was then: text saved since (an
            // author's change after review, say) waits for someone to publish or plan it again.
            var contents = scope.ServiceProvider.GetRequiredService<ContentManager>();
            var latest = await contents.GetAsync(contentItemId, VersionOptions.Latest, ct);
            if (latest is not null && !IsPlanned(plan!, latest))
            {
                await transaction.CommitAsync(ct);
                _failing.TryRemove(contentItemId, out _);
                logger.LogWarning("Scheduled publication of {ContentItemId} dropped: the item was saved again after the plan was made", contentItemId);
                return false;
            }

            var result = await contents.PublishAsync(contentItemId, ct);
            if (result.IsConflict)
            {
                // An editor saved at the same moment: leave the plan (rolled back with the transaction) for the next round.
                WarnOnce(contentItemId, null);
                return false;
            }
            await transaction.CommitAsync(ct);
            _failing.TryRemove(contentItemId, out _);
            if (result.IsNotFound)
            {
                logger.LogWarning("Scheduled publication of {ContentItemId} dropped: the item no longer exists", contentItemId);
                return false;
            }
            logger.LogInformation("Published {ContentItemId} as planned for {PublishUtc}", contentItemId, now);
            return true;
        }
        catch (ContentValidationException e)
        {
            // The item cannot be published as it is; trying every round would not change that.
            await DropAsync(contentItemId, ct);
            _failing.TryRemove(contentItemId, out _);
            logger.LogWarning("Scheduled publication of {ContentItemId} dropped: {Reason}", contentItemId, e.Message);
            return false;
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            WarnOnce(contentItemId, e);
            return false;
        }
    }

    private static bool IsPlanned(ScheduledPublicationRecord plan, ContentItem latest)
        => latest.ContentItemVersionId == plan.ContentItemVersionId
           && latest.ModifiedUtc is { } modified && plan.VersionModifiedUtc is { } planned
           && Math.Abs((modified - planned).TotalMilliseconds) < 1;

    private async Task DropAsync(string contentItemId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<UstaDbContext>().Set<ScheduledPublicationRecord>()
            .Where(x => x.ContentItemId == contentItemId).ExecuteDeleteAsync(ct);
    }

    private void WarnOnce(string contentItemId, Exception? e)
    {
        if (_failing.TryAdd(contentItemId, 0))
            logger.LogWarning(e, "Scheduled publication of {ContentItemId} failed; it is tried again every round", contentItemId);
    }
}
