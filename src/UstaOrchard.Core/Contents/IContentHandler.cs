namespace UstaOrchard.Core.Contents;

/// <summary>What happened to a content item, handed to every <see cref="IContentHandler"/>.</summary>
public sealed record ContentContext(ContentItem ContentItem, CancellationToken CancellationToken)
{
    private Task<IReadOnlyList<ContentItem>>? _versions;

    /// <summary>
    /// The item had no version before this operation: it has no index rows yet, and its only
    /// version is <see cref="ContentItem"/>. Index handlers then write without reading.
    /// </summary>
    public bool IsNewItem { get; init; }

    /// <summary>Reads the item's latest and published versions; set by the content manager.</summary>
    public Func<CancellationToken, Task<IReadOnlyList<ContentItem>>>? LoadVersions { get; init; }

    /// <summary>
    /// The item's latest and published versions as stored now, read once per event and shared by
    /// every handler of it (an article's three index tables need them, one query serves all).
    /// </summary>
    public Task<IReadOnlyList<ContentItem>> IndexedVersionsAsync()
    {
        if (IsNewItem) return Task.FromResult<IReadOnlyList<ContentItem>>([ContentItem]);
        return _versions ??= LoadVersions?.Invoke(CancellationToken)
                             ?? throw new InvalidOperationException("This context cannot read the item's versions.");
    }
}

/// <summary>
/// Lets a module react to content events without the module that changed the content knowing
/// it (search, index tables, cache, audit). "-ing" events run before the change is saved and may
/// alter the item; "-ed" events run after it is saved, in the same transaction.
/// </summary>
public interface IContentHandler
{
    Task CreatingAsync(ContentContext context) => Task.CompletedTask;
    Task CreatedAsync(ContentContext context) => Task.CompletedTask;
    Task UpdatingAsync(ContentContext context) => Task.CompletedTask;
    Task UpdatedAsync(ContentContext context) => Task.CompletedTask;
    Task PublishingAsync(ContentContext context) => Task.CompletedTask;
    Task PublishedAsync(ContentContext context) => Task.CompletedTask;
    Task UnpublishedAsync(ContentContext context) => Task.CompletedTask;
    Task RemovedAsync(ContentContext context) => Task.CompletedTask;

    /// <summary>
    /// An item came back from the recycle bin (saved, after <see cref="UpdatingAsync"/>). By default it is
    /// the update it is to the store; a handler that tells a restore from a save (the audit trail) overrides it.
    /// </summary>
    Task RestoredAsync(ContentContext context) => UpdatedAsync(context);

    /// <summary>
    /// Before an item is saved (created, saved, published, imported), after the "-ing" events have
    /// completed it: add every rule it breaks to <see cref="ContentValidateContext.Errors"/>, keyed by
    /// the editor's prefix of the field. Any error and nothing is saved; the editor sees all of them.
    /// </summary>
    Task ValidatingAsync(ContentValidateContext context) => Task.CompletedTask;

    /// <summary>
    /// After every saved change to an item (new version, new content, published or latest moved),
    /// once per operation, after the other "-ed" events: where index tables are refreshed.
    /// </summary>
    Task ChangedAsync(ContentContext context) => Task.CompletedTask;
}
