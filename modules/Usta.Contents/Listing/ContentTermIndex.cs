namespace Usta.Contents.Listing;

/// <summary>
/// One row per (item, term) for every TaxonomyField term of the item's latest version, whatever its
/// type: the content list's category filter. Kept by <see cref="ContentTermIndexHandler"/>.
/// </summary>
public sealed class ContentTermIndex : UstaOrchard.Core.Contents.IContentIndexRow
{
    public int Id { get; set; }
    public string ContentItemId { get; set; } = "";
    public string TermContentItemId { get; set; } = "";
}
