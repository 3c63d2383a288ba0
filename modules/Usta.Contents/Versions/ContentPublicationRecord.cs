namespace Usta.Contents.Versions;

/// <summary>
/// A row of <c>ContentPublications</c>: one version was on the public site from <see cref="PublishedUtc"/>
/// until <see cref="UnpublishedUtc"/> (null while it still is). The versions page shows these intervals.
/// </summary>
public sealed class ContentPublicationRecord
{
    public int Id { get; set; }
    public string ContentItemId { get; set; } = "";
    public string ContentItemVersionId { get; set; } = "";
    public DateTime PublishedUtc { get; set; }
    public DateTime? UnpublishedUtc { get; set; }
}
