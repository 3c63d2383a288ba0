namespace Usta.Contents.Listing;

public enum ContentListStatus
{
    All,

    /// <summary>Not on the public site: never published, or taken off it.</summary>
    Draft,
    Published,

    /// <summary>Published, and the latest version is a newer draft.</summary>
    NewerDraft,
    Scheduled,
    RecycleBin,
}

public enum ContentListSort
{
    Modified,
    Published,
    Title,
}

/// <summary>What the content list shows, already checked. <see cref="ModifiedBeforeUtc"/> is exclusive (the day after the last day).</summary>
public sealed record ContentListFilter(
    string? Type = null,
    ContentListStatus Status = ContentListStatus.All,
    string? Category = null,
    string? Owner = null,
    DateTime? ModifiedFromUtc = null,
    DateTime? ModifiedBeforeUtc = null,
    string? Search = null,
    ContentListSort Sort = ContentListSort.Modified);

/// <summary>
/// Which items the user may see in the list: every item of <see cref="AllTypes"/> (EditContent for the
/// type) and their own items of <see cref="OwnTypes"/> (EditOwnContent only).
/// </summary>
public sealed record ContentListAccess(IReadOnlySet<string> AllTypes, IReadOnlySet<string> OwnTypes, string UserName, bool EveryType);
