using Usta.Media.Images;
using Usta.Media.Serving;
using UstaOrchard.Core.Media;
using UstaOrchard.Core.Settings;

namespace Usta.Media;

/// <summary>
/// The one place that writes media URLs (views, the library's thumbnails, Open Graph): inject
/// <c>MediaUrls</c> (scoped). Segments are URL-encoded; versioned forms carry <c>v</c>, the file's
/// version token, which makes the response cacheable for a year (a replaced file gets a new token).
/// <list type="bullet">
/// <item><c>Url("a/b.pdf")</c> → <c>/media/a/b.pdf</c> (no file access)</item>
/// <item><c>await VersionedUrlAsync("a/b.pdf")</c> → <c>/media/a/b.pdf?v=…</c></item>
/// <item><c>await ImageUrlAsync("a/b.jpg", 640, webp: true)</c> → <c>/media/a/b.jpg?w=640&amp;format=webp&amp;v=…</c></item>
/// <item><c>await AbsoluteAsync(url)</c> → with the site's base URL, or null when none is set</item>
/// </list>
/// The async forms give null when the path is refused or the file does not exist.
/// </summary>
public sealed class MediaUrls(MediaFacts facts, SiteUrls siteUrls)
{
    /// <summary>Root-relative URL of a media path, without version; null for a path <see cref="MediaPath"/> refuses.</summary>
    public string? Url(string? path) =>
        MediaPath.TryNormalizeFile(path, out var normalized, out _) ? MediaFileServer.Prefix + "/" + Encode(normalized) : null;

    public async Task<string?> VersionedUrlAsync(string? path, CancellationToken ct = default)
    {
        if (await FileAsync(path, ct) is not { } file) return null;
        return $"{Url(file.Path)}?{DerivativeQuery.VersionKey}={file.Version}";
    }

    /// <summary>A derivative's URL. Widths must be one of <see cref="MediaOptions.Widths"/>; non-images get their plain versioned URL.</summary>
    public async Task<string?> ImageUrlAsync(string? path, int width, bool webp = false, CancellationToken ct = default)
    {
        if (await FileAsync(path, ct) is not { } file) return null;
        return ImageUrl(file, width, webp);
    }

    /// <summary>A derivative's URL for a file already read (the tag helper asks for several widths).</summary>
    public string ImageUrl(MediaFile file, int width, bool webp = false)
    {
        if (!MediaOptions.Widths.Contains(width)) throw new ArgumentOutOfRangeException(nameof(width), width, "Not one of MediaOptions.Widths.");
        var url = Url(file.Path);
        if (!file.IsImage) return $"{url}?{DerivativeQuery.VersionKey}={file.Version}";
        var format = webp ? $"&{DerivativeQuery.FormatKey}=webp" : "";
        return $"{url}?{DerivativeQuery.WidthKey}={width}{format}&{DerivativeQuery.VersionKey}={file.Version}";
    }

    /// <summary>The facts of a media file (size, version); null when the path is refused or missing.</summary>
    public async Task<MediaFile?> FileAsync(string? path, CancellationToken ct = default)
    {
        if (!MediaPath.TryNormalizeFile(path, out var normalized, out _)) return null;
        return await facts.GetAsync(normalized, ct);
    }

    /// <summary>An absolute URL for a root-relative one (Open Graph, feeds); null without a base URL.</summary>
    public async Task<string?> AbsoluteAsync(string? relativeUrl, CancellationToken ct = default)
    {
        if (relativeUrl is null) return null;
        return await siteUrls.GetBaseUrlAsync(ct) is { } baseUrl ? baseUrl + relativeUrl : null;
    }

    /// <summary>A checked media path with each segment URL-encoded (the one encoding every media URL uses).</summary>
    public static string Encode(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
}
