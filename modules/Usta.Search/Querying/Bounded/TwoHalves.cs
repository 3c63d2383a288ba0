namespace Usta.Search.Querying.Bounded;

/// <summary>
/// Work split in two halves run at once, this thread and one from the pool: no CPU saved (a little
/// spent), but a reader waits about half as long on an idle two-core machine. Only while the pool
/// has no queued work: when many readers search at once, each keeps to its own thread.
/// </summary>
public static class TwoHalves
{
    public static bool Worthwhile => Environment.ProcessorCount >= 2 && ThreadPool.PendingWorkItemCount == 0;

    /// <summary>
    /// A page's hits turned into results: reading a hit's stored fields (a compressed block) and
    /// cutting its snippet are a third of a results page's CPU.
    /// </summary>
    public static IReadOnlyList<TResult> Map<T, TResult>(IReadOnlyList<T> items, Func<T, TResult> map)
    {
        var results = new TResult[items.Count];
        if (items.Count < 4 || !Worthwhile)
        {
            for (var i = 0; i < items.Count; i++) results[i] = map(items[i]);
            return results;
        }
        var middle = items.Count / 2;
        Parallel.Invoke(
            () => { for (var i = 0; i < middle; i++) results[i] = map(items[i]); },
            () => { for (var i = middle; i < items.Count; i++) results[i] = map(items[i]); });
        return results;
    }
}
