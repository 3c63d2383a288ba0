namespace Usta.Visits.Storage;

/// <summary>Visits of one day (site time zone); the total is the sum of all days.</summary>
public sealed class VisitDay
{
    public DateOnly Day { get; set; }
    public long Count { get; set; }
}

/// <summary>"Lượt xem" of one article.</summary>
public sealed class ArticleViewCount
{
    public string ContentItemId { get; set; } = "";
    public long Count { get; set; }
}

/// <summary>One node's "online now" (sessions it saw in the window), as of <see cref="UpdatedUtc"/>.</summary>
public sealed class VisitNode
{
    public string NodeId { get; set; } = "";
    public int Online { get; set; }
    public DateTime UpdatedUtc { get; set; }
}
