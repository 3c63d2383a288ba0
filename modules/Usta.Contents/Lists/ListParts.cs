using UstaOrchard.Core.Contents;

namespace Usta.Contents.Lists;

/// <summary>Orchard's ListPart: the item is a list (a blog) whose page shows its contained items.</summary>
public sealed class ListPart : ContentPart;

/// <summary>Orchard's ContainedPart: the list this item belongs to, and its place there.</summary>
public sealed class ContainedPart : ContentPart
{
    public string? ListContentItemId { get; set; }
    public int Order { get; set; }
}

/// <summary>Type-part settings of ListPart (Orchard's shape; only the page size is used).</summary>
public sealed class ListPartSettings
{
    public int PageSize { get; set; } = ListPartDriver.DefaultPageSize;
}
