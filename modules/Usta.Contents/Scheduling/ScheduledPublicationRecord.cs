namespace Usta.Contents.Scheduling;

/// <summary>
/// A row of <c>ScheduledPublications</c>: one planned publication per item. The node that publishes
/// it deletes the row in the same transaction, so a second node finds nothing to do.
/// </summary>
public sealed class ScheduledPublicationRecord
{
    public int Id { get; set; }
    public string ContentItemId { get; set; } = "";
    public string ContentType { get; set; } = "";
    public DateTime PublishUtc { get; set; }
    public string ScheduledBy { get; set; } = "";
    public DateTime ScheduledUtc { get; set; }
}
