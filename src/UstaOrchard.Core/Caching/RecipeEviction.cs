namespace UstaOrchard.Core.Caching;

/// <summary>
/// A recipe's content changes evict their pages one by one up to <see cref="ExactLimit"/>; past it the
/// run evicts every page once, at its commit: cheaper than naming the pages of 10,000 items, and no
/// page can stay stale (every page carries <see cref="CacheTags.All"/>). Shorter recipes evict exactly.
/// </summary>
public sealed class RecipeEviction
{
    public const int ExactLimit = 100;

    private int _changes;
    private bool _evictsAll;

    /// <summary>Counts one change of the run: whether its pages are still to be named one by one.</summary>
    public bool NamesPages() => ++_changes <= ExactLimit;

    /// <summary>True the first time only: the caller then arranges the run's one eviction of every page.</summary>
    public bool StartEvictingAll()
    {
        if (_evictsAll) return false;
        _evictsAll = true;
        return true;
    }
}
