using System.Collections.Concurrent;

namespace Usta.Visits.Counting;

/// <summary>
/// This node's counting, in memory: visits by day (site time zone), item page views by path (the
/// flush turns them into article views), and the sessions seen lately ("online now").
/// </summary>
public sealed class VisitCounters
{
    /// <summary>Beyond this many sessions a flood of forged cookies is not kept: "online now" stops growing.</summary>
    public const int MaxSessions = 200_000;

    private readonly ConcurrentDictionary<string, long> _sessions = new(StringComparer.Ordinal);

    public PendingCounts<DateOnly> Days { get; } = new();
    public PendingCounts<string> Paths { get; } = new(StringComparer.Ordinal);

    public void Seen(string sessionId, DateTimeOffset now)
    {
        if (_sessions.Count >= MaxSessions && !_sessions.ContainsKey(sessionId)) return;
        _sessions[sessionId] = now.UtcTicks;
    }

    /// <summary>Sessions seen within the window; older ones are dropped on the way.</summary>
    public int Online(DateTimeOffset now, TimeSpan window)
    {
        var since = (now - window).UtcTicks;
        var count = 0;
        foreach (var (id, seen) in _sessions)
        {
            if (seen >= since) count++;
            else _sessions.TryRemove(new KeyValuePair<string, long>(id, seen));
        }
        return count;
    }
}
