namespace Usta.Search.Indexing;

public enum SearchTaskKind
{
    /// <summary>The item changed: index its current version, or drop it if it has none to index.</summary>
    Update = 0,
    /// <summary>The item is gone.</summary>
    Delete = 1,
}

/// <summary>
/// One change to apply to every node's indexes (Orchard's indexing task). Written by a content
/// handler inside the saving transaction, so a rolled-back save leaves none; ids only grow, and
/// each node applies them in id order after its own cursor.
/// </summary>
public sealed class SearchIndexingTask
{
    public long Id { get; set; }
    public string ContentItemId { get; set; } = "";
    public SearchTaskKind Kind { get; set; }
    public DateTime CreatedUtc { get; set; }
}

/// <summary>
/// One index's definition, shared by every node (the <c>lucene-index</c> step writes it). Raising
/// <see cref="Generation"/> asks every node to rebuild its copy.
/// </summary>
public sealed class SearchIndexRecord
{
    public string Name { get; set; } = "";
    public string AnalyzerName { get; set; } = "";
    public bool IndexLatest { get; set; }
    /// <summary>JSON array of content type names.</summary>
    public string IndexedContentTypes { get; set; } = "[]";
    public int Generation { get; set; } = 1;
    public DateTime? RebuildRequestedUtc { get; set; }
    public string? RebuildRequestedBy { get; set; }
    public DateTime UpdatedUtc { get; set; }
}

/// <summary>
/// Where one node's copy of one index stands, reported by that node: the admin's status page reads
/// it, and task rows are pruned below the lowest cursor of the nodes seen lately.
/// </summary>
public sealed class SearchNodeState
{
    public int Id { get; set; }
    /// <summary>The node's id, kept in its index folder (a new folder is a new node).</summary>
    public string NodeId { get; set; } = "";
    public string MachineName { get; set; } = "";
    public string IndexName { get; set; } = "";
    public int Generation { get; set; }
    /// <summary>The last task id applied to this node's copy.</summary>
    public long Cursor { get; set; }
    public int Documents { get; set; }
    public long SizeBytes { get; set; }
    public DateTime? LastRebuildUtc { get; set; }
    public TimeSpan? LastRebuildDuration { get; set; }
    public DateTime LastSeenUtc { get; set; }
}

/// <summary>The one row saying up to which task id rows were pruned: a node behind it must rebuild.</summary>
public sealed class SearchTaskPruning
{
    public int Id { get; set; } = 1;
    public long PrunedThrough { get; set; }
    public DateTime? PrunedUtc { get; set; }
}
