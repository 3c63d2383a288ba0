using Microsoft.EntityFrameworkCore;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;

namespace Usta.Contents.Redirects;

/// <summary>
/// A path an item has been published under (its current one included): when its path changes, the
/// old one still leads to it. One row per path: the item that last took a path owns it.
/// </summary>
public sealed class AutorouteRedirect
{
    public long Id { get; set; }
    public string Path { get; set; } = "";
    public string ContentItemId { get; set; } = "";
}

/// <summary>
/// Keeps <see cref="AutorouteRedirect"/> rows in the content transaction: every published path is
/// recorded (so a later change leaves the old one behind), a path taken by another item moves to it,
/// and a removed item's paths go (its old URLs then answer 404, as its own does).
/// </summary>
public sealed class AutorouteRedirectHandler(UstaDbContext db) : IContentHandler
{
    public async Task ChangedAsync(ContentContext context)
    {
        var published = (await context.IndexedVersionsAsync()).FirstOrDefault(v => v.Published);
        if (published?.As<AutoroutePart>()?.Path is not { Length: > 0 } path) return;
        // One statement per save, the same on SQLite and PostgreSQL: the path is recorded, or moves to
        // this item when another had it (the newest item at a path wins; the old redirect ends).
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO \"AutorouteRedirects\" (\"Path\", \"ContentItemId\") VALUES ({0}, {1}) " +
            "ON CONFLICT (\"Path\") DO UPDATE SET \"ContentItemId\" = excluded.\"ContentItemId\" " +
            "WHERE \"AutorouteRedirects\".\"ContentItemId\" <> excluded.\"ContentItemId\"",
            [path, published.ContentItemId], context.CancellationToken);
    }

    public Task RemovedAsync(ContentContext context) => db.Set<AutorouteRedirect>()
        .Where(r => r.ContentItemId == context.ContentItem.ContentItemId).ExecuteDeleteAsync(context.CancellationToken);
}
