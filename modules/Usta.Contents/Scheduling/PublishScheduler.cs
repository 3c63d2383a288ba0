using Microsoft.EntityFrameworkCore;
using UstaOrchard.Core.Data;

namespace Usta.Contents.Scheduling;

/// <summary>Plans kept in <c>ScheduledPublications</c>, one row per item; <see cref="ScheduledPublisher"/> carries them out.</summary>
public sealed class PublishScheduler(UstaDbContext db, TimeProvider clock) : IPublishScheduler
{
    public async Task ScheduleAsync(string contentItemId, DateTime publishUtc, string scheduledBy, CancellationToken ct = default)
    {
        var latest = await db.ContentItems.AsNoTracking()
            .Where(x => x.ContentItemId == contentItemId && x.Latest)
            .Select(x => new { x.ContentType, x.ContentItemVersionId, x.ModifiedUtc }).FirstOrDefaultAsync(ct)
            ?? throw new InvalidOperationException($"Content item {contentItemId} has no latest version to publish.");

        var plan = await db.Set<ScheduledPublicationRecord>().FirstOrDefaultAsync(x => x.ContentItemId == contentItemId, ct);
        if (plan is null)
        {
            plan = new ScheduledPublicationRecord { ContentItemId = contentItemId };
            db.Add(plan);
        }
        plan.ContentType = latest.ContentType;
        plan.ContentItemVersionId = latest.ContentItemVersionId;
        plan.VersionModifiedUtc = latest.ModifiedUtc;
        plan.PublishUtc = DateTime.SpecifyKind(publishUtc, DateTimeKind.Utc);
        plan.ScheduledBy = scheduledBy;
        plan.ScheduledUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
    }

    public async Task<bool> CancelAsync(string contentItemId, CancellationToken ct = default)
        => await db.Set<ScheduledPublicationRecord>().Where(x => x.ContentItemId == contentItemId).ExecuteDeleteAsync(ct) > 0;

    public async Task<ScheduledPublication?> GetAsync(string contentItemId, CancellationToken ct = default)
        => await db.Set<ScheduledPublicationRecord>().AsNoTracking()
            .Where(x => x.ContentItemId == contentItemId)
            .Select(x => new ScheduledPublication(x.ContentItemId, DateTime.SpecifyKind(x.PublishUtc, DateTimeKind.Utc), x.ScheduledBy))
            .FirstOrDefaultAsync(ct);
}
