using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using UstaOrchard.Core.Data;

namespace UstaOrchard.Core.Contents;

public enum VersionOptions
{
    /// <summary>The newest version, draft or published: what an editor works on.</summary>
    Latest,

    /// <summary>The version readers see.</summary>
    Published,
}

public enum ContentSaveStatus
{
    Saved,
    Conflict,
    NotFound,

    /// <summary>The item breaks a rule (a path already taken, a text too long): see the errors.</summary>
    Invalid,
}

public sealed record ContentSaveResult(ContentSaveStatus Status, ContentItem? ContentItem, IReadOnlyList<ContentValidationError>? Errors = null)
{
    public bool IsConflict => Status == ContentSaveStatus.Conflict;
    public bool IsNotFound => Status == ContentSaveStatus.NotFound;
    public bool IsInvalid => Status == ContentSaveStatus.Invalid;
    public bool Succeeded => Status == ContentSaveStatus.Saved;
    public IReadOnlyList<ContentValidationError> ValidationErrors => Errors ?? [];
}

public enum ContentImportStatus
{
    Created,
    Updated,
    Unchanged,
}

/// <summary>
/// The content store's one way in and out: versions (draft, publish, new draft, publish again),
/// unpublish and remove, with content handlers told of every change. Items it returns are
/// detached copies; change them and hand them back to save.
/// </summary>
public sealed partial class ContentManager(UstaDbContext db, IEnumerable<IContentHandler> handlers, TimeProvider clock,
    Security.ICurrentUser currentUser, IStringLocalizer<ContentManager> S, ILogger<ContentManager> logger,
    Recipes.RecipeScope recipe, SqliteRowInserter inserter)
{
    private readonly IContentHandler[] _handlers = handlers.ToArray();

    public ContentItem New(string contentType) => new()
    {
        ContentItemId = IdGenerator.NewId(),
        ContentItemVersionId = IdGenerator.NewId(),
        ContentType = contentType,
    };

    public async Task<ContentItem?> GetAsync(string contentItemId, VersionOptions options = VersionOptions.Published, CancellationToken ct = default)
    {
        var query = db.ContentItems.AsNoTracking().Where(x => x.ContentItemId == contentItemId);
        query = options == VersionOptions.Latest ? query.Where(x => x.Latest) : query.Where(x => x.Published);
        return await query.FirstOrDefaultAsync(ct);
    }

    /// <summary>Items in the order of <paramref name="ids"/>; ids without such a version are left out.</summary>
    public async Task<IReadOnlyList<ContentItem>> GetManyAsync(IReadOnlyCollection<string> ids, VersionOptions options = VersionOptions.Published, CancellationToken ct = default)
    {
        if (ids.Count == 0) return [];
        var query = db.ContentItems.AsNoTracking().Where(x => ids.Contains(x.ContentItemId));
        query = options == VersionOptions.Latest ? query.Where(x => x.Latest) : query.Where(x => x.Published);
        var found = (await query.ToListAsync(ct)).ToDictionary(x => x.ContentItemId);
        return ids.Where(found.ContainsKey).Select(id => found[id]).ToList();
    }

    /// <summary>Every version of an item, newest first: the history.</summary>
    public async Task<IReadOnlyList<ContentItem>> GetVersionsAsync(string contentItemId, CancellationToken ct = default)
        => await db.ContentItems.AsNoTracking().Where(x => x.ContentItemId == contentItemId)
            .OrderByDescending(x => x.Id).ToListAsync(ct);

    /// <summary>Saves a new item as its first version, a draft or published.</summary>
    public Task<ContentItem> CreateAsync(ContentItem item, bool publish, CancellationToken ct = default)
        => InTransactionAsync(async () =>
        {
            var now = Now();
            var row = item.Clone();
            row.Id = 0;
            if (string.IsNullOrEmpty(row.ContentItemId)) row.ContentItemId = IdGenerator.NewId();
            if (string.IsNullOrEmpty(row.ContentItemVersionId)) row.ContentItemVersionId = IdGenerator.NewId();
            row.CreatedUtc ??= now;
            row.ModifiedUtc ??= now;
            row.ModifiedBy ??= currentUser.Name;
            row.Latest = true;
            row.Published = publish;
            if (publish) row.PublishedUtc ??= now;
            row.ConcurrencyStamp = NewStamp();

            await InvokeAsync(h => h.CreatingAsync, row, ct);
            if (publish) await InvokeAsync(h => h.PublishingAsync, row, ct);
            await ValidateAsync(row, ct);
            db.ContentItems.Add(row);
            await db.SaveChangesAsync(ct);
            await InvokeAsync(h => h.CreatedAsync, row, ct);
            if (publish) await InvokeAsync(h => h.PublishedAsync, row, ct);
            await ChangedAsync(row, isNewItem: true, ct);
            logger.LogInformation("Created {ContentType} {ContentItemId} ({State})", row.ContentType, row.ContentItemId, publish ? "published" : "draft");
            return row.Clone();
        }, ct);

    /// <summary>An editor's new item: like <see cref="CreateAsync"/>, but a rule the item breaks is a result, not an exception.</summary>
    public Task<ContentSaveResult> TryCreateAsync(ContentItem item, bool publish, CancellationToken ct = default)
        => ConflictSafeAsync(async () => new ContentSaveResult(ContentSaveStatus.Saved, await CreateAsync(item, publish, ct)), ct);

    /// <summary>
    /// Saves an editor's changes as the draft. <paramref name="edited"/> carries the version and stamp
    /// the editor started from; if the item changed since, nothing is saved and the result is a conflict.
    /// A published latest version stays as it is and a new draft version is made.
    /// </summary>
    public Task<ContentSaveResult> SaveDraftAsync(ContentItem edited, CancellationToken ct = default)
        => SaveAsync(edited, publish: false, ct);

    /// <summary>Saves the editor's changes and publishes them in one step (same conflict rule as a draft).</summary>
    public Task<ContentSaveResult> SaveAndPublishAsync(ContentItem edited, CancellationToken ct = default)
        => SaveAsync(edited, publish: true, ct);

    /// <summary>Publishes the latest version; the version published before stays in the history.</summary>
    public Task<ContentSaveResult> PublishAsync(string contentItemId, CancellationToken ct = default)
        => ConflictSafeAsync(async () =>
        {
            var latest = await db.ContentItems.FirstOrDefaultAsync(x => x.ContentItemId == contentItemId && x.Latest, ct);
            if (latest is null) return new ContentSaveResult(ContentSaveStatus.NotFound, null);
            await ValidateAsync(latest, ct);
            await PublishLatestAsync(latest, ct);
            return new ContentSaveResult(ContentSaveStatus.Saved, latest.Clone());
        }, ct);

    /// <summary>Takes the published version off the public site; the latest version stays for editors.</summary>
    public Task<bool> UnpublishAsync(string contentItemId, CancellationToken ct = default)
        => InTransactionAsync(async () =>
        {
            var published = await db.ContentItems.FirstOrDefaultAsync(x => x.ContentItemId == contentItemId && x.Published, ct);
            if (published is null) return false;
            published.Published = false;
            published.ConcurrencyStamp = NewStamp();
            await db.SaveChangesAsync(ct);
            await InvokeAsync(h => h.UnpublishedAsync, published, ct);
            await ChangedAsync(published, isNewItem: false, ct);
            logger.LogInformation("Unpublished {ContentItemId}", contentItemId);
            return true;
        }, ct);

    /// <summary>Removes an item: no version is latest or published any more; the rows stay as history.</summary>
    public Task<bool> RemoveAsync(string contentItemId, CancellationToken ct = default)
        => InTransactionAsync(async () =>
        {
            var versions = await db.ContentItems.Where(x => x.ContentItemId == contentItemId && (x.Latest || x.Published)).ToListAsync(ct);
            if (versions.Count == 0) return false;
            var latest = versions.FirstOrDefault(v => v.Latest) ?? versions[0];
            foreach (var version in versions)
            {
                version.Latest = false;
                version.Published = false;
                version.ConcurrencyStamp = NewStamp();
            }
            await db.SaveChangesAsync(ct);
            await InvokeAsync(h => h.RemovedAsync, latest, ct);
            await ChangedAsync(latest, isNewItem: false, ct);
            logger.LogInformation("Removed {ContentItemId}", contentItemId);
            return true;
        }, ct);

    private Task<ContentSaveResult> SaveAsync(ContentItem edited, bool publish, CancellationToken ct)
        => ConflictSafeAsync(async () =>
        {
            var latest = await db.ContentItems.FirstOrDefaultAsync(x => x.ContentItemId == edited.ContentItemId && x.Latest, ct);
            if (latest is null) return new ContentSaveResult(ContentSaveStatus.NotFound, null);
            if (latest.ContentItemVersionId != edited.ContentItemVersionId || latest.ConcurrencyStamp != edited.ConcurrencyStamp)
                return new ContentSaveResult(ContentSaveStatus.Conflict, null);

            var target = latest;
            if (latest.Published)
            {
                latest.Latest = false;
                latest.ConcurrencyStamp = NewStamp();
                target = new ContentItem
                {
                    ContentItemId = latest.ContentItemId,
                    ContentItemVersionId = IdGenerator.NewId(),
                    ContentType = latest.ContentType,
                    Latest = true,
                    Owner = latest.Owner,
                    CreatedUtc = latest.CreatedUtc,
                    PublishedUtc = latest.PublishedUtc,
                };
                db.ContentItems.Add(target);
            }

            target.DisplayText = edited.DisplayText;
            target.Author = edited.Author;
            target.Content = (System.Text.Json.Nodes.JsonObject)edited.Content.DeepClone();
            target.ModifiedUtc = Now();
            target.ModifiedBy = currentUser.Name;
            target.ConcurrencyStamp = NewStamp();
            await InvokeAsync(h => h.UpdatingAsync, target, ct);
            await ValidateAsync(target, ct);
            await db.SaveChangesAsync(ct);
            await InvokeAsync(h => h.UpdatedAsync, target, ct);
            if (publish) await PublishLatestAsync(target, ct);
            else await ChangedAsync(target, isNewItem: false, ct);
            logger.LogInformation("Saved {ContentItemId} as {VersionId}", target.ContentItemId, target.ContentItemVersionId);
            return new ContentSaveResult(ContentSaveStatus.Saved, target.Clone());
        }, ct);

    private async Task PublishLatestAsync(ContentItem latest, CancellationToken ct)
    {
        if (latest.Published) return;
        await InvokeAsync(h => h.PublishingAsync, latest, ct);
        await UnpublishOthersAsync(latest.ContentItemId, ct);
        latest.Published = true;
        // First publication stays the listed date: correcting an article does not move it to the top.
        latest.PublishedUtc ??= Now();
        latest.ConcurrencyStamp = NewStamp();
        await db.SaveChangesAsync(ct);
        await InvokeAsync(h => h.PublishedAsync, latest, ct);
        await ChangedAsync(latest, isNewItem: false, ct);
        logger.LogInformation("Published {ContentItemId} as {VersionId}", latest.ContentItemId, latest.ContentItemVersionId);
    }

    private async Task UnpublishOthersAsync(string contentItemId, CancellationToken ct)
    {
        foreach (var old in await db.ContentItems.Where(x => x.ContentItemId == contentItemId && x.Published).ToListAsync(ct))
        {
            old.Published = false;
            old.ConcurrencyStamp = NewStamp();
        }
    }

    private async Task InvokeAsync(Func<IContentHandler, Func<ContentContext, Task>> select, ContentItem item, CancellationToken ct)
    {
        var context = new ContentContext(item, ct);
        foreach (var handler in _handlers) await select(handler)(context);
    }

    // Handlers add their index rows to the unit of work; one SaveChanges writes all of them.
    private async Task ChangedAsync(ContentItem item, bool isNewItem, CancellationToken ct)
    {
        var id = item.ContentItemId;
        var context = new ContentContext(item, ct)
        {
            IsNewItem = isNewItem,
            LoadVersions = async token => await db.ContentItems.AsNoTracking()
                .Where(x => x.ContentItemId == id && (x.Latest || x.Published)).ToListAsync(token),
        };
        foreach (var handler in _handlers) await handler.ChangedAsync(context);
        // A recipe's thousands of items: their rows through statements prepared once (SQLite).
        if (recipe.IsRecipe && await inserter.TrySaveAsync(db, ct)) return;
        await db.SaveChangesAsync(ct);
    }

    private async Task<ContentSaveResult> ConflictSafeAsync(Func<Task<ContentSaveResult>> work, CancellationToken ct)
    {
        // Inside a caller's transaction (a recipe) a broken rule stays an exception: the caller rolls back.
        var ownsTransaction = db.Database.CurrentTransaction is null;
        try
        {
            return await InTransactionAsync(work, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved between our read and our write: nothing of ours was kept.
            db.ChangeTracker.Clear();
            return new ContentSaveResult(ContentSaveStatus.Conflict, null);
        }
        catch (ContentValidationException e) when (ownsTransaction)
        {
            // Our transaction was rolled back; what the handlers had added is dropped with it.
            db.ChangeTracker.Clear();
            return new ContentSaveResult(ContentSaveStatus.Invalid, null, e.Errors);
        }
    }

    private async Task<T> InTransactionAsync<T>(Func<Task<T>> work, CancellationToken ct)
    {
        try
        {
            if (db.Database.CurrentTransaction is not null) return await work();
            await using var transaction = await db.BeginContentTransactionAsync(ct);
            var result = await work();
            await transaction.CommitAsync(ct);
            return result;
        }
        catch (DbUpdateException e) when (UniqueViolation.Describe(e, db, _handlers) is { } error)
        {
            // Two saves passed the handlers' early checks at the same moment; a unique index caught the second.
            db.ChangeTracker.Clear();
            throw new ContentValidationException([error]);
        }
    }

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;

    private static string NewStamp() => Guid.NewGuid().ToString("N");
}
