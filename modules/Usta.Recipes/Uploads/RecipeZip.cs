using System.IO.Compression;
using Microsoft.Extensions.Localization;
using Usta.Media.Library;

namespace Usta.Recipes.Uploads;

/// <summary>
/// Unpacks an uploaded recipe archive into its folder, refusing what a hostile archive could do: too
/// many entries, more bytes written than allowed (counted as written, not as the archive claims), an
/// entry path that is absolute or climbs out of the folder, a symbolic link, no <c>recipe.json</c>.
/// Returns the reason (Vietnamese) when refused, else null.
/// </summary>
public sealed class RecipeZip(RecipeUploadOptions options, IStringLocalizer S)
{
    public const string RecipeFileName = "recipe.json";
    // Unix file type bits in the high half of ExternalAttributes (zips made on Unix): 0xA000 is a symlink.
    private const int UnixTypeMask = 0xF000;
    private const int UnixSymlink = 0xA000;

    public async Task<string?> ExtractAsync(string archivePath, string folder, CancellationToken ct)
    {
        ZipArchive archive;
        try
        {
            archive = await ZipFile.OpenReadAsync(archivePath, ct);
        }
        catch (InvalidDataException)
        {
            return S["The file is not a valid .zip archive."];
        }
        try
        {
            return await ExtractEntriesAsync(archive, folder, ct);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            // A corrupt directory read late, an entry that is both a file and a folder: the archive is broken.
            return S["The file is not a valid .zip archive."];
        }
    }

    private async Task<string?> ExtractEntriesAsync(ZipArchive archive, string folder, CancellationToken ct)
    {
        await using (archive)
        {
            if (archive.Entries.Count > options.MaxZipEntries)
                return S["The archive holds more than {0} entries.", options.MaxZipEntries];
            if (DeclaredSize(archive) > options.MaxExpandedBytes)
                return S["The archive expands to more than {0}.", MediaFormat.Size(options.MaxExpandedBytes)];

            var root = Path.GetFullPath(folder) + Path.DirectorySeparatorChar;
            long written = 0;
            foreach (var entry in archive.Entries)
            {
                ct.ThrowIfCancellationRequested();
                var shown = entry.FullName.Length > 100 ? entry.FullName[..100] + "…" : entry.FullName;
                if (((entry.ExternalAttributes >> 16) & UnixTypeMask) == UnixSymlink)
                    return S["The archive entry '{0}' is a symbolic link, which is not accepted.", shown];
                if (Target(root, entry.FullName) is not { } target)
                    return S["The archive entry '{0}' points outside the archive.", shown];
                if (entry.FullName.EndsWith('/') || entry.FullName.EndsWith('\\'))
                {
                    Directory.CreateDirectory(target);
                    continue;
                }
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                if (File.Exists(target) || Directory.Exists(target))
                    return S["The archive holds '{0}' twice.", shown];
                try
                {
                    written = await CopyAsync(entry, target, written, ct);
                }
                catch (InvalidDataException)
                {
                    return S["The file is not a valid .zip archive."];
                }
                if (written > options.MaxExpandedBytes)
                    return S["The archive expands to more than {0}.", MediaFormat.Size(options.MaxExpandedBytes)];
            }
        }
        if (File.Exists(Path.Combine(folder, RecipeFileName))) return null;
        return S["The archive has no {0} at its top level.", RecipeFileName];
    }

    // Sizes the archive declares, added without overflow (two entries claiming long.MaxValue must not wrap around).
    private long DeclaredSize(ZipArchive archive)
    {
        long total = 0;
        foreach (var entry in archive.Entries)
        {
            if (entry.Length > options.MaxExpandedBytes - total) return long.MaxValue;
            total += entry.Length;
        }
        return total;
    }

    // The entry's place inside the folder; null for an absolute path, a drive, or one that climbs out.
    private static string? Target(string root, string name)
    {
        var relative = name.Replace('\\', '/');
        if (relative.Length == 0 || relative.StartsWith('/') || relative.Contains(':') || relative.Contains('\0')) return null;
        if (relative.Split('/').Any(segment => segment == "..")) return null;
        var full = Path.GetFullPath(Path.Combine(root, relative));
        return full.StartsWith(root, StringComparison.Ordinal) && full.Length > root.Length ? full : null;
    }

    // Copies while counting: the sizes an archive declares can lie, the bytes written cannot.
    private async Task<long> CopyAsync(ZipArchiveEntry entry, string target, long written, CancellationToken ct)
    {
        await using var source = await entry.OpenAsync(ct);
        await using var file = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
        var buffer = new byte[81920];
        int read;
        while ((read = await source.ReadAsync(buffer, ct)) > 0)
        {
            written += read;
            if (written > options.MaxExpandedBytes) return written;
            await file.WriteAsync(buffer.AsMemory(0, read), ct);
        }
        return written;
    }
}
