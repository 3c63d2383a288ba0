using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Usta.Articles;
using Usta.Contents;
using UstaOrchard.Core.Caching;
using UstaOrchard.Core.Data;

namespace Usta.Visits.Counting;

/// <summary>
/// Which article an item page's path shows, for "Lượt xem". A page the output cache answers runs no
/// page code, so the request cannot say which item it showed; and a query per request is what the
/// cache is there to spare. So the middleware counts views by path, and the flush resolves the paths
/// it has not seen before in one query, remembering the answer (null: not an article). Any content
/// change (a renamed or deleted article, a path reused) clears what is remembered.
/// </summary>
public sealed class ArticlePaths : ICacheEvictionHandler
{
    public const int MaxPathLength = AutoroutePartHandler.MaxPathLength;
    private const int MaxRemembered = 50_000;

    private readonly ConcurrentDictionary<string, string?> _known = new(StringComparer.Ordinal);

    /// <summary>The form <see cref="ContentRoutes"/> looks paths up in.</summary>
    public static string KeyOf(string? requestPath) => (requestPath ?? "").Trim('/').ToLowerInvariant();

    /// <summary>The article id of each path (null for a path that shows no article), querying only the unknown ones.</summary>
    public async Task<IReadOnlyDictionary<string, string?>> ResolveAsync(UstaDbContext db, IReadOnlyCollection<string> paths, CancellationToken ct)
    {
        var result = new Dictionary<string, string?>(StringComparer.Ordinal);
        var unknown = new List<string>();
        foreach (var path in paths)
        {
            if (_known.TryGetValue(path, out var id)) result[path] = id;
            else unknown.Add(path);
        }
        if (unknown.Count == 0) return result;

        if (_known.Count + unknown.Count > MaxRemembered) _known.Clear();
        foreach (var chunk in unknown.Chunk(500))
        {
            var found = await db.Set<AutorouteIndex>().AsNoTracking()
                .Where(x => chunk.Contains(x.Path) && x.Published && x.ContentType == ArticlesStartup.ContentType)
                .Select(x => new { x.Path, x.ContentItemId }).ToListAsync(ct);
            var byPath = found.GroupBy(x => x.Path).ToDictionary(g => g.Key, g => g.First().ContentItemId, StringComparer.Ordinal);
            foreach (var path in chunk)
            {
                var id = byPath.GetValueOrDefault(path);
                result[path] = id;
                _known[path] = id;
            }
        }
        return result;
    }

    public Task EvictAsync(IReadOnlyCollection<string> tags, CancellationToken cancellationToken)
    {
        _known.Clear();
        return Task.CompletedTask;
    }
}
