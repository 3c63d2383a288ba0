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
/// the feeds and sitemap, and what the modules' <see cref="ICacheTagSource"/>s add (a recipe's changes
/// past <see cref="RecipeScope.ExactEvictionLimit"/>: one row for every page instead). Registered by Core
/// before every module's handlers (see <see cref="ICacheTagSource"/> for why that order matters).
/// </summary>
public sealed class CacheTagContentHandler(UstaDbContext db, IEnumerable<ICacheTagSource> sources, TimeProvider clock, RecipeScope recipe) : IContentHandler
{
    public async Task ChangedAsync(ContentContext context)
    {
        // A long recipe changes so much that evicting every page once costs less than naming each
        // change's pages: past the limit, one row says "everything" and the run's changes add none.
        if (recipe.IsRecipe && ++recipe.ContentChanges > RecipeScope.ExactEvictionLimit)
        {
            if (recipe.EvictsAll) return;
            recipe.EvictsAll = true;
            await db.TakeContentLockAsync(context.CancellationToken);
            CacheChange.Add(db, [CacheTags.All], clock.GetUtcNow().UtcDateTime);
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
