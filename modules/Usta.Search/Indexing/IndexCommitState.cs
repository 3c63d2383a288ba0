using System.Globalization;

namespace Usta.Search.Indexing;

/// <summary>
/// What a copy's Lucene commit says about it, written in the same commit as the documents so that
/// the two never disagree: the last task applied, the generation built, when and how fast.
/// </summary>
public sealed record IndexCommitState(long Cursor, int Generation, DateTime? RebuiltUtc, TimeSpan? RebuildDuration)
{
    private const string CursorKey = "cursor";
    private const string GenerationKey = "generation";
    private const string RebuiltKey = "rebuiltUtc";
    private const string DurationKey = "rebuildMilliseconds";

    /// <summary>Null for a copy never committed by the worker (an empty or foreign folder).</summary>
    public static IndexCommitState? From(IDictionary<string, string> data)
    {
        if (!data.TryGetValue(CursorKey, out var cursor) || !long.TryParse(cursor, CultureInfo.InvariantCulture, out var c)) return null;
        if (!data.TryGetValue(GenerationKey, out var generation) || !int.TryParse(generation, CultureInfo.InvariantCulture, out var g)) return null;
        DateTime? rebuilt = data.TryGetValue(RebuiltKey, out var r) && DateTime.TryParse(r, CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var t) ? t : null;
        TimeSpan? duration = data.TryGetValue(DurationKey, out var d) && long.TryParse(d, CultureInfo.InvariantCulture, out var ms)
            ? TimeSpan.FromMilliseconds(ms) : null;
        return new IndexCommitState(c, g, rebuilt, duration);
    }

    public Dictionary<string, string> ToData()
    {
        var data = new Dictionary<string, string>
        {
            [CursorKey] = Cursor.ToString(CultureInfo.InvariantCulture),
            [GenerationKey] = Generation.ToString(CultureInfo.InvariantCulture),
        };
        if (RebuiltUtc is { } rebuilt) data[RebuiltKey] = rebuilt.ToString("O", CultureInfo.InvariantCulture);
        if (RebuildDuration is { } duration) data[DurationKey] = ((long)duration.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
        return data;
    }
}
