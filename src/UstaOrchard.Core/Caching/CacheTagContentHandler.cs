using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;
using UstaOrchard.Core.Recipes;

namespace UstaOrchard.Core.Caching;

/// <summary>
/// A module's say in which cached pages a content change touches (an article: its categories and
/// days). Runs before the index handlers of the change, so the index tables still hold the state
/// before it: the old categories and day are read there, the new ones from the item's versions.
/// </summary>
public interface ICacheTagSource
{
    Task AddTagsAsync(ContentContext context, ISet<string> tags);
}

/// <summary>
/// Writes the feed row of every content change in the change's own transaction: the item, its type,
/// the feeds and sitemap, and what the modules' <see cref="ICacheTagSource"/>s add (a long recipe: one row
/// for every page instead, see <see cref="RecipeEviction"/>). Registered by Core
/// before every module's handlers (see <see cref="ICacheTagSource"/> for why that order matters).
/// </summary>
public sealed class CacheTagContentHandler(UstaDbContext db, IEnumerable<ICacheTagSource> sources, TimeProvider clock, RecipeScope recipe,
    RecipeEviction eviction) : IContentHandler
{
    public async Task ChangedAsync(ContentContext context)
    {
        if (recipe.IsRecipe && !eviction.NamesPages())
        {
            // Dated at the commit: a feed row older than the followers keep would be pruned unread.
            if (eviction.StartEvictingAll())
                recipe.BeforeCommit.Add(ct =>
                {
                    CacheChange.Add(db, [CacheTags.All], clock.GetUtcNow().UtcDateTime);
                    return db.SaveChangesAsync(ct);
                });
            return;
        }
        var item = context.ContentItem;
        var tags = new HashSet<string>(StringComparer.Ordinal)
        {
            CacheTags.Item(item.ContentItemId), CacheTags.Type(item.ContentType), CacheTags.Feeds, CacheTags.Sitemap,
        };
        foreach (var source in sources) await source.AddTagsAsync(context, tags);
        // Followers read rows in id order: ids must become visible in that order (see ContentTransactions).
        await db.TakeContentLockAsync(context.CancellationToken);
        CacheChange.Add(db, tags, clock.GetUtcNow().UtcDateTime);
    }
}
