using Microsoft.EntityFrameworkCore;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;

namespace Usta.Search.Indexing;

/// <summary>
/// Writes an indexing task for every saved change of an item, into the unit of work the content
/// manager saves right after the handlers (so in the save's transaction: a rolled-back save leaves
/// no task). Never touches Lucene: each node's <see cref="SearchIndexingWorker"/> applies the tasks.
/// </summary>
public sealed class SearchIndexingTaskHandler(UstaDbContext db, SearchIndexingSignal signal,
    TimeProvider clock) : IContentHandler
{
    public async Task ChangedAsync(ContentContext context)
    {
        var ct = context.CancellationToken;
        // Removed (no latest or published version left) or purged (no version at all): gone from every index.
        var versions = await context.IndexedVersionsAsync();
        var kind = versions.Count == 0 ? SearchTaskKind.Delete : SearchTaskKind.Update;

        // Workers read tasks after their cursor, so task ids must become visible in id order: every
        // transaction that changes content holds the content lock from its start (ContentTransactions).
        // A caller's own transaction that did not take it takes it here, late but still before our insert.
        await db.TakeContentLockAsync(ct);

        db.Add(new SearchIndexingTask
        {
            ContentItemId = context.ContentItem.ContentItemId,
            Kind = kind,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        });
        // An article's document holds its categories' titles: a category's change (a new title) is
        // every published article's in it too. Categories change seldom; their articles are listed by index.
        if (context.ContentItem.ContentType == Usta.Contents.ContentTypes.Category)
        {
            var id = context.ContentItem.ContentItemId;
            var articles = await db.Set<Usta.Articles.ArticleCategoryIndex>().AsNoTracking()
                .Where(x => x.CategoryId == id && x.Published).Select(x => x.ContentItemId).Distinct().ToListAsync(ct);
            var now = clock.GetUtcNow().UtcDateTime;
            foreach (var article in articles)
                db.Add(new SearchIndexingTask { ContentItemId = article, Kind = SearchTaskKind.Update, CreatedUtc = now });
        }

        // Not committed yet: the worker may look too early, and then finds it on its next pass.
        signal.Poke();
    }
}
