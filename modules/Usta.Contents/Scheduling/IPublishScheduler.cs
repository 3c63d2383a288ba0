namespace Usta.Contents.Scheduling;

/// <summary>A publication planned for a time: the item's latest version is published when it is due.</summary>
public sealed record ScheduledPublication(string ContentItemId, DateTime PublishUtc, string ScheduledBy);

/// <summary>
/// "Publish later": the editor page plans, the dashboard and the content list read, a background
/// service on every node publishes what is due, exactly once (it claims the row in the database).
/// </summary>
public interface IPublishScheduler
{
    /// <summary>Plans (or moves) the publication of the item's latest version; a time in the past is refused by the caller.</summary>
    Task ScheduleAsync(string contentItemId, DateTime publishUtc, string scheduledBy, CancellationToken ct = default);

    /// <summary>Removes the plan; false when there was none.</summary>
    Task<bool> CancelAsync(string contentItemId, CancellationToken ct = default);

    Task<ScheduledPublication?> GetAsync(string contentItemId, CancellationToken ct = default);
}
