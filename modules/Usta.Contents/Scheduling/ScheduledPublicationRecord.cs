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

    /// <summary>The version planned and when it was last saved: a version saved again since is not published by the plan.</summary>
    public string ContentItemVersionId { get; set; } = "";
    public DateTime? VersionModifiedUtc { get; set; }
    public DateTime PublishUtc { get; set; }
    public string ScheduledBy { get; set; } = "";
    public DateTime ScheduledUtc { get; set; }
}
