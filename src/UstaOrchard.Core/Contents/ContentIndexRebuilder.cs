using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using UstaOrchard.Core.Data;
using UstaOrchard.Core.Modules;

namespace UstaOrchard.Core.Contents;

public sealed record IndexRebuildResult(string? ModuleId, int Items, int Handlers);

/// <summary>
/// Fills index tables again from the stored items: every item, in id order and batches, goes through
/// the handlers' <see cref="IContentHandler.ChangedAsync"/> as after a save, so a rebuilt row is the
/// row a save would write. Used after a migration that adds or changes an index table.
/// </summary>
public sealed class ContentIndexRebuilder(UstaDbContext db, IEnumerable<IContentHandler> handlers, ModuleCatalog catalog,
    ILogger<ContentIndexRebuilder> logger)
{
    public const int BatchSize = 500;

    /// <summary>Rebuilds the index of <paramref name="moduleId"/>'s handlers, or of every handler when null.</summary>
    public async Task<IndexRebuildResult> RebuildAsync(string? moduleId, CancellationToken ct = default)
    {
        if (moduleId is not null && !catalog.IsKnown(moduleId))
            throw new ArgumentException($"No module '{moduleId}' is enabled.", nameof(moduleId));
        var selected = handlers.Where(h => moduleId is null || catalog.ModuleIdOf(h.GetType()) == moduleId).ToArray();
        var items = 0;
        var after = "";
        while (selected.Length > 0)
        {
            var ids = await db.ContentItems.AsNoTracking()
                .Where(x => string.Compare(x.ContentItemId, after) > 0)
                .Select(x => x.ContentItemId).Distinct().OrderBy(x => x).Take(BatchSize).ToListAsync(ct);
            if (ids.Count == 0) break;
            await RebuildBatchAsync(ids, selected, ct);
            items += ids.Count;
            after = ids[^1];
        }
        logger.LogInformation("Rebuilt the index of {ModuleId}: {Items} items through {Handlers} handlers",
            moduleId ?? "all modules", items, selected.Length);
        return new IndexRebuildResult(moduleId, items, selected.Length);
    }

    private async Task RebuildBatchAsync(List<string> ids, IContentHandler[] selected, CancellationToken ct)
    {
        await using var transaction = await db.BeginContentTransactionAsync(ct);
        var indexed = (await db.ContentItems.AsNoTracking()
                .Where(x => ids.Contains(x.ContentItemId) && (x.Latest || x.Published)).ToListAsync(ct))
            .ToLookup(x => x.ContentItemId);
        // A removed item has no latest or published version: its newest row stands for it, and its rows go.
        var removed = ids.Where(id => !indexed.Contains(id)).ToList();
        var newestRemoved = removed.Count == 0
            ? new Dictionary<string, ContentItem>()
            : (await db.ContentItems.AsNoTracking().Where(x => removed.Contains(x.ContentItemId)).ToListAsync(ct))
                .GroupBy(x => x.ContentItemId).ToDictionary(g => g.Key, g => g.MaxBy(x => x.Id)!);

        foreach (var id in ids)
        {
            IReadOnlyList<ContentItem> versions = indexed[id].ToList();
            var item = versions.FirstOrDefault(v => v.Latest) ?? versions.FirstOrDefault() ?? newestRemoved[id];
            var context = new ContentContext(item, ct) { IsNewItem = false, LoadVersions = _ => Task.FromResult(versions) };
            foreach (var handler in selected) await handler.ChangedAsync(context);
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
    }
}
