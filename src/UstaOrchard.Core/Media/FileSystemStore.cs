namespace UstaOrchard.Core.Media;

/// <summary>
/// <see cref="IFileStore"/> on a folder of the local file system (<c>App:DataPath/Media</c>).
/// Writes go to a temporary file under <c>.tmp</c> in the same root and are renamed into place,
/// which is atomic on one file system.
/// </summary>
public sealed class FileSystemStore : IFileStore
{
    private const string TempFolder = ".tmp";
    private readonly string _root;

    public FileSystemStore(string root)
    {
        _root = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        Directory.CreateDirectory(_root);
    }

    public string Root => _root;

    public Task<FileStoreEntry?> GetEntryAsync(string path, CancellationToken ct = default)
    {
        var full = Resolve(path);
        if (File.Exists(full)) return Task.FromResult<FileStoreEntry?>(Entry(new FileInfo(full)));
        if (Directory.Exists(full)) return Task.FromResult<FileStoreEntry?>(Entry(new DirectoryInfo(full)));
        return Task.FromResult<FileStoreEntry?>(null);
    }

    public Task<FileStorePage> ListAsync(string folder, int skip, int take, CancellationToken ct = default)
    {
        var directory = new DirectoryInfo(Resolve(folder, allowRoot: true));
        if (!directory.Exists) return Task.FromResult(new FileStorePage([], 0));
        var entries = directory.EnumerateFileSystemInfos()
            .Where(e => !e.Name.StartsWith('.'))
            .OrderBy(e => e is FileInfo)
            .ThenBy(e => e.Name, StringComparer.Ordinal)
            .ToList();
        var page = entries.Skip(Math.Max(0, skip)).Take(Math.Max(0, take)).Select(Entry).ToList();
        return Task.FromResult(new FileStorePage(page, entries.Count));
    }

    public Task<Stream?> OpenReadAsync(string path, CancellationToken ct = default)
    {
        var full = Resolve(path);
        if (!File.Exists(full)) return Task.FromResult<Stream?>(null);
        try
        {
            Stream stream = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 64 * 1024, useAsync: true);
            return Task.FromResult<Stream?>(stream);
        }
        catch (FileNotFoundException)
        {
            return Task.FromResult<Stream?>(null);
        }
    }

    public async Task<FileStoreEntry> WriteAsync(string path, Stream content, bool overwrite, CancellationToken ct = default)
    {
        var full = Resolve(path);
        if (!overwrite && File.Exists(full)) throw Exists(path);
        var temp = Path.Combine(_root, TempFolder, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.GetDirectoryName(temp)!);
        try
        {
            await using (var target = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true))
            {
                await content.CopyToAsync(target, ct);
                await target.FlushAsync(ct);
            }
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            try
            {
                File.Move(temp, full, overwrite);
            }
            catch (IOException) when (!overwrite && File.Exists(full))
            {
                throw Exists(path);
            }
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
        return Entry(new FileInfo(full));
    }

    public Task MoveAsync(string fromPath, string toPath, CancellationToken ct = default)
    {
        var from = Resolve(fromPath);
        var to = Resolve(toPath);
        if (File.Exists(to) || Directory.Exists(to)) throw Exists(toPath);
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        if (File.Exists(from)) File.Move(from, to, overwrite: false);
        else if (Directory.Exists(from)) Directory.Move(from, to);
        else throw new FileStoreException(FileStoreError.NotFound, fromPath, $"'{fromPath}' does not exist.");
        return Task.CompletedTask;
    }

    public Task<bool> DeleteFileAsync(string path, CancellationToken ct = default)
    {
        var full = Resolve(path);
        if (!File.Exists(full)) return Task.FromResult(false);
        File.Delete(full);
        return Task.FromResult(true);
    }

    public Task<bool> DeleteFolderAsync(string path, bool recursive = false, CancellationToken ct = default)
    {
        var full = Resolve(path);
        if (!Directory.Exists(full)) return Task.FromResult(false);
        if (!recursive && Directory.EnumerateFileSystemEntries(full).Any())
            throw new FileStoreException(FileStoreError.NotEmpty, path, $"'{path}' is not empty.");
        Directory.Delete(full, recursive);
        return Task.FromResult(true);
    }

    public Task CreateFolderAsync(string path, CancellationToken ct = default)
    {
        Directory.CreateDirectory(Resolve(path));
        return Task.CompletedTask;
    }

    // Second line of defence after MediaPath: whatever the caller passed, the result stays under the root.
    private string Resolve(string path, bool allowRoot = false)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.Length == 0 && allowRoot) return _root;
        // Checked before GetFullPath, which throws its own ArgumentException on a NUL.
        if (path.Length == 0 || path.Contains('\0') || Path.IsPathRooted(path)) throw Outside(path);
        var full = Path.GetFullPath(Path.Combine(_root, path.Replace('/', Path.DirectorySeparatorChar)));
        if (!full.StartsWith(_root, StringComparison.Ordinal)) throw Outside(path);
        return full;
    }

    private string RelativePath(string full) => full[_root.Length..].Replace(Path.DirectorySeparatorChar, '/');

    private FileStoreEntry Entry(FileSystemInfo info) => info switch
    {
        FileInfo file => new FileStoreEntry(RelativePath(file.FullName), file.Name, false, file.Length, file.LastWriteTimeUtc),
        _ => new FileStoreEntry(RelativePath(info.FullName.TrimEnd(Path.DirectorySeparatorChar)), info.Name, true, 0, info.LastWriteTimeUtc),
    };

    private static FileStoreException Outside(string path) => new(FileStoreError.OutsideRoot, path, $"'{path}' is outside the store.");

    private static FileStoreException Exists(string path) => new(FileStoreError.AlreadyExists, path, $"'{path}' already exists.");
}
