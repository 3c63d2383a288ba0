using System.IO.Compression;
using Microsoft.Extensions.Localization;
using UstaOrchard.Core.Localization;

namespace UstaOrchard.Core.Recipes;

/// <summary>Bounds on a recipe .zip: how many entries, how many bytes once expanded.</summary>
public sealed record RecipeArchiveLimits(int MaxEntries = 200_000, long MaxExpandedBytes = 8L * 1024 * 1024 * 1024);

/// <summary>
/// Reads a recipe .zip (<c>recipe.json</c> and the files its steps name, as an export writes it) into a
/// folder of its own, refusing what could harm the machine: too many entries, too many bytes once
/// expanded (counted as they are written, not trusted from the header), an entry whose path leaves
/// the folder (<c>../</c>, a rooted or drive path) and a symbolic link.
/// </summary>
public static class RecipeArchive
{
    public const string RecipeEntry = "recipe.json";

    // Unix file type bits in the high word of an entry's external attributes.
    private const int UnixTypeMask = 0xF000;
    private const int UnixSymlink = 0xA000;

    // Read before any container exists (the command line), so the strings table is read directly.
    private static readonly IStringLocalizer S = new JsonStringLocalizerFactory().Create(typeof(RecipeArchive));

    /// <summary>
    /// Expands <paramref name="zipPath"/> into <paramref name="folder"/> (created; the caller deletes it)
    /// and returns the path of its <c>recipe.json</c>. Throws <see cref="RecipeFormatException"/>.
    /// </summary>
    public static async Task<string> ExtractAsync(string zipPath, string folder, RecipeArchiveLimits? limits = null, CancellationToken ct = default)
    {
        limits ??= new RecipeArchiveLimits();
        var source = Path.GetFileName(zipPath);
        if (!File.Exists(zipPath)) throw new RecipeFormatException(zipPath, S["file not found: {0}", Path.GetFullPath(zipPath)]);
        var root = Path.GetFullPath(folder);
        Directory.CreateDirectory(root);

        ZipArchive zip;
        try
        {
            zip = await ZipArchive.CreateAsync(File.OpenRead(zipPath), ZipArchiveMode.Read, leaveOpen: false, entryNameEncoding: null, ct);
        }
        catch (InvalidDataException)
        {
            throw new RecipeFormatException(source, S["the file is not a .zip archive"]);
        }

        try
        {
            await ExtractEntriesAsync(zip, root, source, limits, ct);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            // A corrupt entry, an entry given twice, a file where a folder must be: a broken archive, said plainly.
            throw new RecipeFormatException(source, S["the archive is damaged or holds an entry twice"]);
        }

        var recipe = Path.Combine(root, RecipeEntry);
        if (!File.Exists(recipe)) throw new RecipeFormatException(source, S["the archive has no recipe.json at its top"]);
        return recipe;
    }

    private static async Task ExtractEntriesAsync(ZipArchive zip, string root, string source, RecipeArchiveLimits limits, CancellationToken ct)
    {
        await using (zip)
        {
            if (zip.Entries.Count > limits.MaxEntries)
                throw new RecipeFormatException(source, S["the archive holds {0} entries, more than the {1} allowed", zip.Entries.Count, limits.MaxEntries]);
            long expanded = 0;
            foreach (var entry in zip.Entries)
            {
                ct.ThrowIfCancellationRequested();
                if (((entry.ExternalAttributes >> 16) & UnixTypeMask) == UnixSymlink)
                    throw new RecipeFormatException(source, S["the entry '{0}' is a symbolic link", entry.FullName]);
                var target = Target(root, entry.FullName)
                             ?? throw new RecipeFormatException(source, S["the entry '{0}' points outside the archive", entry.FullName]);
                if (entry.FullName.EndsWith('/'))
                {
                    Directory.CreateDirectory(target);
                    continue;
                }
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                await using var input = await entry.OpenAsync(ct);
                await using var output = new FileStream(target, FileMode.CreateNew, FileAccess.Write);
                var buffer = new byte[81920];
                int read;
                while ((read = await input.ReadAsync(buffer, ct)) > 0)
                {
                    expanded += read;
                    if (expanded > limits.MaxExpandedBytes)
                        throw new RecipeFormatException(source, S["the archive expands to more than {0:N0} bytes", limits.MaxExpandedBytes]);
                    await output.WriteAsync(buffer.AsMemory(0, read), ct);
                }
            }
        }
    }

    private static string? Target(string root, string name)
    {
        if (name.Length == 0 || name.Contains('\\') || name.Contains('\0') || Path.IsPathRooted(name) || name.Contains(':')) return null;
        var full = Path.GetFullPath(Path.Combine(root, name));
        return full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : null;
    }
}
