using Microsoft.EntityFrameworkCore;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;

namespace Usta.Contents;

/// <summary>Finds the published item behind a URL path, and the paths of items.</summary>
public sealed class ContentRoutes(UstaDbContext db, ContentManager contents)
{
    public async Task<ContentItem?> FindPublishedAsync(string? path, CancellationToken ct)
    {
        var key = KeyOf(path);
        if (key.Length == 0 || key.Length > AutoroutePartHandler.MaxPathLength) return null;
        var id = await db.Set<AutorouteIndex>().Where(x => x.Path == key && x.Published)
            .Select(x => x.ContentItemId).FirstOrDefaultAsync(ct);
        return id is null ? null : await contents.GetAsync(id, VersionOptions.Published, ct);
    }

    /// <summary>
    /// The current address of the published item that was published at this path before (the end of
    /// any chain of changes: every old path leads to the item, not to the next path); null when none.
    /// </summary>
    public async Task<string?> FindMovedAsync(string? path, CancellationToken ct)
    {
        var key = (path ?? "").Trim('/').ToLowerInvariant();
        if (key.Length == 0 || key.Length > AutoroutePartHandler.MaxPathLength) return null;
        var id = await db.Set<Redirects.AutorouteRedirect>().Where(r => r.Path == key).Select(r => r.ContentItemId).FirstOrDefaultAsync(ct);
        if (id is null) return null;
        var current = await db.Set<AutorouteIndex>().Where(x => x.ContentItemId == id && x.Published).Select(x => x.Path).FirstOrDefaultAsync(ct);
        return current is null || current == key ? null : "/" + current;
    }

    /// <summary>The Autoroute path a URL path stands for: no slashes around it, lower case.</summary>
    public static string KeyOf(string? path) => (path ?? "").Trim('/').ToLowerInvariant();

    public static string UrlOf(ContentItem item)
        => item.As<AutoroutePart>()?.Path is { Length: > 0 } path ? "/" + path : "/";
}
