namespace UstaOrchard.Core.Recipes.Expressions;

/// <summary>
/// The folder a recipe may read files from. A path is resolved to its real location, following
/// every symbolic link on the way, and refused unless that location lies inside the folder's own
/// real location: a link inside the folder cannot lead out of it.
/// </summary>
public sealed class RecipeFolder(string root)
{
    private const int MaxLinks = 40;

    /// <summary>The real path of <paramref name="relativePath"/>, or null when it lies outside the folder.</summary>
    public string? Resolve(string relativePath)
    {
        if (relativePath.Length == 0 || relativePath.Contains('\0') || Path.IsPathRooted(relativePath)) return null;
        var realRoot = RealPath(Path.GetFullPath(root));
        if (realRoot is null) return null;
        // The operating system opens the path as written after ".." is collapsed, so collapse first, then follow links.
        var real = RealPath(Path.GetFullPath(Path.Combine(realRoot, relativePath)));
        return real is not null && real.StartsWith(Path.TrimEndingDirectorySeparator(realRoot) + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? real
            : null;
    }

    private static string? RealPath(string fullPath)
    {
        var links = 0;
        var pending = new Queue<string>(Split(fullPath));
        var current = Path.GetPathRoot(fullPath)!;
        while (pending.TryDequeue(out var segment))
        {
            var next = Path.Combine(current, segment);
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            if (info.LinkTarget is null)
            {
                current = next;
                continue;
            }
            if (++links > MaxLinks) return null;
            // A link's target may itself hold links and "..": start again from it with what is left to walk.
            var target = Path.GetFullPath(info.LinkTarget, current);
            var rest = pending.ToArray();
            pending = new Queue<string>(Split(target).Concat(rest));
            current = Path.GetPathRoot(target)!;
        }
        return current;
    }

    private static string[] Split(string fullPath)
        => fullPath[Path.GetPathRoot(fullPath)!.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
}
