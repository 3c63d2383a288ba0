namespace UstaOrchard.Core.Media;

/// <summary>
/// Where media files live, as Orchard's <c>IFileStore</c>: paths are '/'-separated, relative to the
/// store's root, already checked by <see cref="MediaPath"/> (the store checks again that nothing
/// resolves outside its root). No file-system type crosses this interface, so an S3-compatible
/// store can take the file system's place for several nodes.
/// </summary>
public interface IFileStore
{
    /// <summary>The file or folder at <paramref name="path"/>; null when there is none.</summary>
    Task<FileStoreEntry?> GetEntryAsync(string path, CancellationToken ct = default);

    /// <summary>
    /// One page of a folder's entries, folders first, then by name (ordinal). <see cref="FileStorePage.Total"/>
    /// counts them all. A missing folder gives an empty page.
    /// </summary>
    Task<FileStorePage> ListAsync(string folder, int skip, int take, CancellationToken ct = default);

    /// <summary>Reads a file; null when there is none. The caller disposes the stream.</summary>
    Task<Stream?> OpenReadAsync(string path, CancellationToken ct = default);

    /// <summary>
    /// Writes a whole file atomically: readers see the old content or the new, never a part.
    /// Creates missing folders. Without <paramref name="overwrite"/> an existing file is left alone
    /// and <see cref="FileStoreException"/> (<see cref="FileStoreError.AlreadyExists"/>) is thrown.
    /// </summary>
    Task<FileStoreEntry> WriteAsync(string path, Stream content, bool overwrite, CancellationToken ct = default);

    /// <summary>Moves a file or a folder; the target must not exist (<see cref="FileStoreError.AlreadyExists"/>).</summary>
    Task MoveAsync(string fromPath, string toPath, CancellationToken ct = default);

    /// <summary>Deletes a file; false when there was none.</summary>
    Task<bool> DeleteFileAsync(string path, CancellationToken ct = default);

    /// <summary>
    /// Deletes a folder; false when there was none. A folder that still holds anything is refused
    /// (<see cref="FileStoreError.NotEmpty"/>) unless <paramref name="recursive"/>.
    /// </summary>
    Task<bool> DeleteFolderAsync(string path, bool recursive = false, CancellationToken ct = default);

    /// <summary>Creates a folder and its parents; nothing happens when it exists.</summary>
    Task CreateFolderAsync(string path, CancellationToken ct = default);
}

public sealed record FileStoreEntry(string Path, string Name, bool IsFolder, long Length, DateTimeOffset LastModifiedUtc)
{
    /// <summary>The folder holding the entry; "" at the root.</summary>
    public string FolderPath => Path.LastIndexOf('/') is var i and >= 0 ? Path[..i] : "";
}

public sealed record FileStorePage(IReadOnlyList<FileStoreEntry> Entries, int Total);

public enum FileStoreError
{
    AlreadyExists,
    NotFound,
    NotEmpty,
    OutsideRoot,
}

public sealed class FileStoreException(FileStoreError error, string path, string message) : Exception(message)
{
    public FileStoreError Error { get; } = error;
    public string Path { get; } = path;
}
