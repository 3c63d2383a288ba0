using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using UstaOrchard.Core.Media;
using Usta.Media.Images;
using Usta.Media.Serving;

namespace Usta.Media;

/// <summary>What pages need to know about a media file: its version token and, for an image, its size.</summary>
public sealed record MediaFile(string Path, long Length, DateTimeOffset LastModifiedUtc, string Version, int? Width, int? Height)
{
    public bool IsImage => Width is > 0 && Height is > 0;
}

/// <summary>
/// Reads <see cref="MediaFile"/>s. The version token comes from the file's length and time, so every
/// node sharing the store computes the same one; an image's size is read from its header once per
/// version and kept in memory (the derivative cache handler forgets a changed file at once, and a
/// changed version is noticed anyway, so another node's replacement is never served stale).
/// </summary>
public sealed class MediaFacts(IFileStore store)
{
    private const int MaxRemembered = 20_000;
    private readonly ConcurrentDictionary<string, (string Version, int? Width, int? Height)> _sizes = new(StringComparer.Ordinal);

    /// <summary>The file at a checked path; null when there is none (or it is a folder).</summary>
    public async Task<MediaFile?> GetAsync(string path, CancellationToken ct = default)
    {
        FileStoreEntry? entry;
        try
        {
            entry = await store.GetEntryAsync(path, ct);
        }
        catch (FileStoreException)
        {
            return null;
        }
        if (entry is null || entry.IsFolder) return null;
        var version = VersionOf(entry);
        if (_sizes.TryGetValue(path, out var known) && known.Version == version)
            return new MediaFile(path, entry.Length, entry.LastModifiedUtc, version, known.Width, known.Height);

        int? width = null, height = null;
        if (MediaTypes.IsResizable(MediaNames.ExtensionOf(path)))
        {
            await using var stream = await store.OpenReadAsync(path, ct);
            if (stream is not null && ImageHeader.Read(stream) is { } header) (width, height) = (header.Width, header.Height);
        }
        if (_sizes.Count >= MaxRemembered) _sizes.Clear();
        _sizes[path] = (version, width, height);
        return new MediaFile(path, entry.Length, entry.LastModifiedUtc, version, width, height);
    }

    public void Forget(string path)
    {
        _sizes.TryRemove(path, out _);
        var prefix = path + "/";
        foreach (var key in _sizes.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal))) _sizes.TryRemove(key, out _);
    }

    /// <summary>Ten hex characters from the file's length and last write time: a replaced file gets a new token.</summary>
    public static string VersionOf(FileStoreEntry entry)
    {
        var hash = SHA256.HashData(Encoding.ASCII.GetBytes($"{entry.LastModifiedUtc.UtcTicks}:{entry.Length}"));
        return Convert.ToHexStringLower(hash, 0, 5);
    }
}
