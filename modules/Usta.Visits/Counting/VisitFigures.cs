using Usta.Visits.Storage;

namespace Usta.Visits.Counting;

/// <summary>The figures a reader sees.</summary>
public sealed record VisitFigureView(long Total, long Today, int Online);

/// <summary>
/// The last figures read from the database after a flush, plus what this node counted since: the
/// block and the endpoint need no query, and a reader's own visit shows at once.
/// </summary>
public sealed class VisitFigures(VisitCounters counters)
{
    private volatile Snapshot _last = new(new VisitStore.Totals(0, DateOnly.MinValue, 0, 0), 0);

    private sealed record Snapshot(VisitStore.Totals Totals, int OwnOnline);

    public bool Loaded { get; private set; }

    public void Set(VisitStore.Totals totals, int ownOnline)
    {
        _last = new Snapshot(totals, ownOnline);
        Loaded = true;
    }

    /// <summary>
    /// What a flush just wrote moves from the pending counts into the snapshot, in the same breath
    /// as it leaves memory, so the figures never dip while the new totals are read.
    /// </summary>
    public void MoveFlushed(IReadOnlyList<KeyValuePair<DateOnly, long>> days)
    {
        counters.Days.Subtract(days);
        var last = _last;
        var totals = last.Totals with
        {
            Total = last.Totals.Total + days.Sum(x => x.Value),
            TodayCount = last.Totals.TodayCount + days.Where(x => x.Key == last.Totals.Today).Sum(x => x.Value),
        };
        _last = last with { Totals = totals };
    }

    public VisitFigureView Current(VisitSiteState state, DateTimeOffset now)
    {
        var last = _last;
        var today = state.Today(now);
        var pendingTotal = counters.Days.Snapshot().Sum(x => x.Value);
        var todayCount = (last.Totals.Today == today ? last.Totals.TodayCount : 0) + counters.Days.Get(today);
        return new VisitFigureView(state.InitialTotal + last.Totals.Total + pendingTotal, todayCount, last.Totals.OnlineElsewhere + last.OwnOnline);
    }
}
