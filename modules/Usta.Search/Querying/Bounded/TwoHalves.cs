using System.Globalization;

namespace Usta.Search.Querying.Bounded;

/// <summary>
/// Work split in two halves run at once, this thread and one from the pool: no CPU saved (a little
/// spent), but a reader waits about half as long when a second core is idle. On a busy machine the
/// second half only waits for a core, and the tail of the latencies grows (bench/README.md): so only
/// while the machine's load average is under its number of cores and the pool has no queued work.
/// </summary>
public static class TwoHalves
{
    private static long _checkedAt;
    private static bool _checkedOnce;
    private static volatile bool _idle;

    public static bool Worthwhile => Environment.ProcessorCount >= 2 && ThreadPool.PendingWorkItemCount == 0 && MachineIdle();

    /// <summary>
    /// A page's hits turned into results: reading a hit's stored fields (a compressed block) and
    /// cutting its snippet are a third of a results page's CPU.
    /// </summary>
    /// <param name="always">In two halves whatever the load (the bench).</param>
    public static IReadOnlyList<TResult> Map<T, TResult>(IReadOnlyList<T> items, Func<T, TResult> map, bool always = false)
    {
        var results = new TResult[items.Count];
        if (items.Count < 4 || !(always || Worthwhile))
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

    /// <summary>The one-minute load average under the number of cores, read at most once a second; false where it cannot be read.</summary>
    private static bool MachineIdle()
    {
        var now = Environment.TickCount64;
        if (Volatile.Read(ref _checkedOnce) && now - Interlocked.Read(ref _checkedAt) < 1000) return _idle;
        Interlocked.Exchange(ref _checkedAt, now);
        _idle = LoadAverage() is { } load && load < Environment.ProcessorCount;
        Volatile.Write(ref _checkedOnce, true);
        return _idle;
    }

    public static double? LoadAverage()
    {
        try
        {
            var text = File.ReadAllText("/proc/loadavg");
            var first = text.Split(' ', 2)[0];
            return double.TryParse(first, NumberStyles.Float, CultureInfo.InvariantCulture, out var load) ? load : null;
        }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
    }
}
