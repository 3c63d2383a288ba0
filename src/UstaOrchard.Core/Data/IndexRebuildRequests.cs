namespace UstaOrchard.Core.Data;

/// <summary>
/// Modules whose index tables must be filled from the stored items at the end of this start: a new
/// index table on a site that already has items, or a migration that asked for it.
/// </summary>
public sealed class IndexRebuildRequests
{
    private readonly HashSet<string> _modules = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public void Request(string moduleId)
    {
        lock (_lock) _modules.Add(moduleId);
    }

    /// <summary>The modules asked for since the last call, in no particular order; the list is emptied.</summary>
    public IReadOnlyList<string> Take()
    {
        lock (_lock)
        {
            var taken = _modules.ToList();
            _modules.Clear();
            return taken;
        }
    }
}
