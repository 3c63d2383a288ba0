using System.Globalization;

namespace Usta.Search.Indexing;

/// <summary>
/// How this node lays out its copies under <see cref="SearchOptions.IndexPath"/>:
/// <c>{Name}/node-id</c> (this node's id for that index: a new or deleted folder is a new node),
/// <c>{Name}/current</c> (the name of the generation folder in use) and the generation folders
/// <c>{Name}/g{Generation}-{time}</c>. A rebuild fills a new generation folder while the current one
/// serves; rewriting the small pointer file (temp file, then a move) makes the swap atomic.
/// </summary>
public sealed class LocalIndexFolders(SearchOptions options)
{
    private const string NodeIdFile = "node-id";
    private const string PointerFile = "current";

    public string Root => options.IndexPath;

    public string IndexFolder(string name) => Path.Combine(options.IndexPath, name);

    /// <summary>The names of the indexes that have a copy on this node.</summary>
    public IReadOnlyList<string> IndexNames()
        => !Directory.Exists(options.IndexPath) ? []
            : new DirectoryInfo(options.IndexPath).EnumerateDirectories()
                .Where(d => File.Exists(Path.Combine(d.FullName, NodeIdFile)) || File.Exists(Path.Combine(d.FullName, PointerFile)))
                .Select(d => d.Name).ToList();

    /// <summary>This node's id for the index, or null before its worker first made the folder.</summary>
    public string? ExistingNodeIdOf(string name)
    {
        var file = Path.Combine(IndexFolder(name), NodeIdFile);
        try
        {
            return File.Exists(file) && Guid.TryParse(File.ReadAllText(file).Trim(), out var id) ? id.ToString("N") : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    public string NodeIdOf(string name)
    {
        var file = Path.Combine(IndexFolder(name), NodeIdFile);
        if (File.Exists(file) && Guid.TryParse(File.ReadAllText(file).Trim(), out var id)) return id.ToString("N");
        var created = Guid.NewGuid().ToString("N");
        WriteAtomically(file, created);
        return created;
    }

    /// <summary>The generation folder in use, or null when there is none (never built, or deleted).</summary>
    public string? CurrentFolder(string name)
    {
        var pointer = Path.Combine(IndexFolder(name), PointerFile);
        if (!File.Exists(pointer)) return null;
        var folder = File.ReadAllText(pointer).Trim();
        if (folder.Length == 0 || folder.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || folder is "." or "..") return null;
        var path = Path.Combine(IndexFolder(name), folder);
        return Directory.Exists(path) ? path : null;
    }

    /// <summary>A new, empty folder for a copy of <paramref name="generation"/>.</summary>
    public string NewGenerationFolder(string name, int generation, DateTime utcNow)
    {
        var stem = string.Create(CultureInfo.InvariantCulture, $"g{generation}-{utcNow:yyyyMMddHHmmssfff}");
        var path = Path.Combine(IndexFolder(name), stem);
        for (var n = 2; Directory.Exists(path); n++) path = Path.Combine(IndexFolder(name), $"{stem}-{n}");
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>Makes <paramref name="folder"/> the copy in use, in one atomic step.</summary>
    public void PointTo(string name, string folder) => WriteAtomically(Path.Combine(IndexFolder(name), PointerFile), Path.GetFileName(folder));

    /// <summary>Generation folders other than <paramref name="keep"/> (left by a rebuild that did not finish).</summary>
    public IEnumerable<string> OtherGenerationFolders(string name, string? keep)
        => !Directory.Exists(IndexFolder(name)) ? []
            : Directory.EnumerateDirectories(IndexFolder(name), "g*")
                .Where(d => keep is null || !string.Equals(Path.GetFullPath(d), Path.GetFullPath(keep), StringComparison.Ordinal));

    public void DeleteIndex(string name) => DeleteQuietly(IndexFolder(name));

    public static void DeleteQuietly(string folder)
    {
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Another process still has it open: the next pass tries again.
        }
    }

    private static void WriteAtomically(string file, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var temp = file + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp";
        File.WriteAllText(temp, text);
        File.Move(temp, file, overwrite: true);
    }
}
