using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Usta.Visits.Storage;

namespace Usta.Visits.Counting;

/// <summary>
/// "Lượt xem" as last read from the database, kept until this node's next flush: an article's page and
/// the endpoint then run no statement a request, and the figure is as fresh as before. It always was
/// the stored figure (every node's flushed views), never this node's pending ones. This node's flush
/// drops everything kept (<see cref="Reset"/>), so its own views show at once after it, and another
/// node's within one flush interval; a figure is also dropped once a flush interval old, in case this
/// node's flushes fail.
/// </summary>
public sealed class ArticleViewFigures(IServiceScopeFactory scopes, VisitOptions options, TimeProvider time)
{
    private sealed record Kept(long Views, DateTimeOffset ReadUtc);

    // Replaced whole by a flush: a read that began before the flush stores into the dropped one, so a
    // figure read before a commit is never kept after it. Holding only the articles read since the last
    // flush also bounds it (a crawler reading every article fills it for one interval at most).
    private volatile ConcurrentDictionary<string, Kept> _kept = new(StringComparer.Ordinal);

    public async Task<long> GetAsync(string contentItemId, CancellationToken ct)
    {
        var kept = _kept;
        var now = time.GetUtcNow();
        if (kept.TryGetValue(contentItemId, out var figure) && now - figure.ReadUtc < options.FlushInterval) return figure.Views;

        await using var scope = scopes.CreateAsyncScope();
        var views = await scope.ServiceProvider.GetRequiredService<VisitStore>().ArticleViewsAsync(contentItemId, ct);
        // A slower read begun earlier never replaces a later one's figure: "Lượt xem" never goes back.
        var read = new Kept(views, now);
        kept.AddOrUpdate(contentItemId, read, (_, other) => other.ReadUtc > now ? other : read);
        return views;
    }

    /// <summary>After a flush: the stored figures may have changed (this node's views, and other nodes' since the last one).</summary>
    public void Reset() => _kept = new ConcurrentDictionary<string, Kept>(StringComparer.Ordinal);
}
