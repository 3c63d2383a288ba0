namespace Usta.Media;

public enum MediaChangeKind
{
    /// <summary>A file was written (new, or its content replaced).</summary>
    Written,
    /// <summary>A file or folder moved from <see cref="MediaChange.OldPath"/> to <see cref="MediaChange.Path"/>.</summary>
    Moved,
    /// <summary>A file or an (empty) folder was deleted.</summary>
    Deleted,
    /// <summary>A folder was created.</summary>
    FolderCreated,
}

public sealed record MediaChange(MediaChangeKind Kind, string Path, bool IsFolder = false, string? OldPath = null, string? UserName = null);

/// <summary>
/// Reacts to a change in the media store: the library's index table, the image-derivative cache
/// and the table of content references each keep themselves current through one of these.
/// </summary>
public interface IMediaChangeHandler
{
    Task ChangedAsync(MediaChange change, CancellationToken ct);
}

/// <summary>
/// Every writer of the media store (uploads, the library's rename/move/delete, the Media recipe
/// step) tells the handlers what changed through this, after the store has changed.
/// </summary>
public sealed class MediaChanges(IEnumerable<IMediaChangeHandler> handlers)
{
    public async Task NotifyAsync(MediaChange change, CancellationToken ct)
    {
        foreach (var handler in handlers) await handler.ChangedAsync(change, ct);
    }
}
