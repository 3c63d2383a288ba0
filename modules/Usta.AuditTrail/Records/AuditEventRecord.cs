namespace Usta.AuditTrail.Records;

/// <summary>One row of the audit trail. Rows are only ever added (and pruned when older than the retention).</summary>
public sealed class AuditEventRecord
{
    public long Id { get; set; }
    public DateTime Utc { get; set; }
    public string Category { get; set; } = "";
    public string Name { get; set; } = "";
    public string? UserName { get; set; }
    public string? RemoteAddress { get; set; }
    public string? Subject { get; set; }
    public string? ContentItemId { get; set; }
    public string? ContentItemVersionId { get; set; }
    public string? ContentType { get; set; }
    public string? Details { get; set; }
}
