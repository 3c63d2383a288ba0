using System.Globalization;
using Microsoft.Extensions.Localization;
using Usta.Search.Indexing;
using UstaOrchard.Core.Settings;

namespace Usta.Search.Areas.Usta.Search.Pages.Admin.Search;

/// <summary>One index as the status page shows it, every figure already in words and vi-VN numbers.</summary>
public sealed record SearchIndexView(
    string Name,
    string ContentTypes,
    string Analyzer,
    string Holds,
    string Generation,
    string? RebuildRequested,
    string LatestTask,
    IReadOnlyList<SearchNodeView> Nodes);

public sealed record SearchNodeView(
    string Machine,
    bool IsThisNode,
    string NodeId,
    bool IsLive,
    string Seen,
    bool Rebuilding,
    string State,
    string Documents,
    string Cursor,
    string Lag,
    string Size,
    string LastRebuild);

/// <summary>Turns <see cref="SearchIndexStatus"/> into <see cref="SearchIndexView"/>.</summary>
public sealed class SearchStatusFormatter(IStringLocalizer S, TimeZoneInfo zone, DateTime nowUtc, Func<string, string?> thisNodeId)
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public SearchIndexView ToView(SearchIndexStatus status)
    {
        var definition = status.Definition;
        return new SearchIndexView(
            definition.Name,
            string.Join(", ", definition.IndexedContentTypes),
            definition.AnalyzerName,
            definition.IndexLatest ? S["latest versions (drafts included)"].Value : S["published versions"].Value,
            Number(status.Generation),
            status.RebuildRequestedUtc is { } at
                ? S["{0} by {1}", Local(at), string.IsNullOrEmpty(status.RebuildRequestedBy) ? S["unknown"].Value : status.RebuildRequestedBy].Value
                : null,
            Number(status.LatestTaskId),
            status.Nodes.Select(n => ToView(n, status)).ToList());
    }

    private SearchNodeView ToView(SearchNodeStatus node, SearchIndexStatus index) => new(
        node.MachineName,
        node.NodeId == thisNodeId(index.Definition.Name),
        node.NodeId,
        node.IsLive,
        S["last report {0} ({1} ago)", Local(node.LastSeenUtc), Age(nowUtc - node.LastSeenUtc)],
        node.Rebuilding,
        node.Rebuilding ? S["rebuilding (generation {0} of {1})", Number(node.Generation), Number(index.Generation)] : S["up to date (generation {0})", Number(node.Generation)],
        Number(node.Documents),
        S["task {0} of {1}", Number(node.Cursor), Number(index.LatestTaskId)],
        node.PendingTasks == 0 || node.OldestPendingUtc is not { } oldest
            ? S["none"]
            : S["{0} pending tasks, the oldest {1} old", Number(node.PendingTasks), Age(nowUtc - oldest)],
        Size(node.SizeBytes),
        node.LastRebuildUtc is { } rebuilt
            ? S["{0}, took {1}", Local(rebuilt), Age(node.LastRebuildDuration ?? TimeSpan.Zero)]
            : S["never"]);

    private string Local(DateTime utc)
        => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone).ToString(SiteClock.DateTimeFormat + ":ss", Vietnamese);

    private static string Number(long value) => value.ToString("N0", Vietnamese);

    public string Age(TimeSpan span)
    {
        if (span < TimeSpan.Zero) span = TimeSpan.Zero;
        return span.TotalSeconds < 60 ? S["{0} s", span.TotalSeconds.ToString("0.#", Vietnamese)]
            : span.TotalMinutes < 60 ? S["{0} min", span.TotalMinutes.ToString("0.#", Vietnamese)]
            : span.TotalHours < 48 ? S["{0} h", span.TotalHours.ToString("0.#", Vietnamese)]
            : S["{0} days", span.TotalDays.ToString("0.#", Vietnamese)];
    }

    public static string Size(long bytes) => bytes switch
    {
        < 1024 => bytes.ToString(Vietnamese) + " B",
        < 1024 * 1024 => (bytes / 1024d).ToString("0.#", Vietnamese) + " KB",
        < 1024L * 1024 * 1024 => (bytes / (1024d * 1024d)).ToString("0.#", Vietnamese) + " MB",
        _ => (bytes / (1024d * 1024d * 1024d)).ToString("0.##", Vietnamese) + " GB",
    };
}
