namespace Usta.Contents.Listing;

/// <summary>
/// One row per content item (not per version) for the admin's content list: every filter and sort
/// of the list is a column here, so the list never reads item JSON. Kept by <see cref="ContentListIndexHandler"/>.
/// </summary>
public sealed class ContentListIndex : UstaOrchard.Core.Contents.IContentIndexRow
{
    public int Id { get; set; }
    public string ContentItemId { get; set; } = "";
    public string ContentType { get; set; } = "";
    public string DisplayText { get; set; } = "";

    /// <summary>The title lower-cased without diacritics (<c>VietnameseText.Fold</c>): "dong nai" finds "Đồng Nai".</summary>
    public string FoldedTitle { get; set; } = "";

    public string Owner { get; set; } = "";
    public string Author { get; set; } = "";
    public DateTime? CreatedUtc { get; set; }
    public DateTime? ModifiedUtc { get; set; }
    public DateTime? PublishedUtc { get; set; }
    public bool HasPublished { get; set; }

    /// <summary>The latest version is not the published one (a draft never published, or a newer draft).</summary>
    public bool HasDraft { get; set; }

    public string LatestVersionId { get; set; } = "";

    /// <summary>Set while the item is in the recycle bin (no version is latest or published).</summary>
    public DateTime? RemovedUtc { get; set; }
}
