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
        var id = context.ContentItem.ContentItemId;
        var published = (await context.IndexedVersionsAsync()).FirstOrDefault(v => v.Published);
        if (published?.As<AutoroutePart>()?.Path is not { Length: > 0 } path) return;

        var tracked = db.ChangeTracker.Entries<AutorouteRedirect>().FirstOrDefault(e => e.Entity.Path == path && e.State == EntityState.Added);
        if (tracked is not null)
        {
            tracked.Entity.ContentItemId = id;
            return;
        }
        var owner = await db.Set<AutorouteRedirect>().Where(r => r.Path == path).Select(r => r.ContentItemId).FirstOrDefaultAsync(context.CancellationToken);
        if (owner == id) return;
        // The newest item at a path wins: the old owner's redirect from it ends here.
        if (owner is not null) await db.Set<AutorouteRedirect>().Where(r => r.Path == path).ExecuteDeleteAsync(context.CancellationToken);
        db.Set<AutorouteRedirect>().Add(new AutorouteRedirect { Path = path, ContentItemId = id });
    }

    public async Task RemovedAsync(ContentContext context)
    {
        var id = context.ContentItem.ContentItemId;
        foreach (var entry in db.ChangeTracker.Entries<AutorouteRedirect>().Where(e => e.Entity.ContentItemId == id).ToList())
            entry.State = EntityState.Detached;
        await db.Set<AutorouteRedirect>().Where(r => r.ContentItemId == id).ExecuteDeleteAsync(context.CancellationToken);
    }
}
