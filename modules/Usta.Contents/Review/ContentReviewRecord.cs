namespace Usta.Contents.Review;

/// <summary>
/// A row of <c>ContentReviews</c>: an author submitted the item's latest version for review. An editor's
/// publish (or the author's withdrawal) removes it; the dashboard lists what waits.
/// </summary>
public sealed class ContentReviewRecord
{
    public int Id { get; set; }
    public string ContentItemId { get; set; } = "";
    public string ContentType { get; set; } = "";
    public string SubmittedBy { get; set; } = "";
    public DateTime SubmittedUtc { get; set; }
}
