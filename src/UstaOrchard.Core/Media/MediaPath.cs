using UstaOrchard.Core.Text;

namespace UstaOrchard.Core.Media;

public enum MediaPathError
{
    None,
    Empty,
    TooLong,
    ControlCharacter,
    Backslash,
    Encoded,
    Absolute,
    EmptySegment,
    DotSegment,
    HiddenSegment,
    BadSegmentEnd,
}

/// <summary>
/// The one check every media path passes before it reaches a store: a '/'-separated path
/// relative to the media root that cannot leave it. Paths are NFC; case is kept.
/// Segments starting with '.' are refused: the store keeps its own work (staging, temporary
/// files) under such names, and no reader or editor path can reach them.
/// </summary>
public static class MediaPath
{
    public const int MaxLength = 1024;
    public const int MaxSegmentLength = 255;

    /// <summary>A file path: at least one segment.</summary>
    public static bool TryNormalizeFile(string? path, out string normalized, out MediaPathError error)
    {
        if (!TryNormalizeFolder(path, out normalized, out error)) return false;
        if (normalized.Length > 0) return true;
        error = MediaPathError.Empty;
        return false;
    }

    /// <summary>A folder path: "" (or "/") is the root; a trailing '/' is dropped.</summary>
    public static bool TryNormalizeFolder(string? path, out string normalized, out MediaPathError error)
    {
        normalized = "";
        error = Check(path);
        if (error != MediaPathError.None) return false;
        var text = VietnameseText.Nfc(path);
        if (text == "/") return true;
        if (text.EndsWith('/')) text = text[..^1];
        if (text.Length == 0) return true;
        foreach (var segment in text.Split('/'))
        {
            error = CheckSegment(segment);
            if (error != MediaPathError.None) return false;
        }
        normalized = text;
        return true;
    }

    /// <summary>Joins a checked folder and a checked name.</summary>
    public static string Combine(string folder, string name) => folder.Length == 0 ? name : folder + "/" + name;

    public static string FolderOf(string path) => path.LastIndexOf('/') is var i and >= 0 ? path[..i] : "";

    public static string NameOf(string path) => path[(path.LastIndexOf('/') + 1)..];

    private static MediaPathError Check(string? path)
    {
        if (path is null) return MediaPathError.Empty;
        if (path.Length > MaxLength) return MediaPathError.TooLong;
        foreach (var c in path)
        {
            if (char.IsControl(c) || c is '\u2028' or '\u2029' or '\uFEFF') return MediaPathError.ControlCharacter;
            if (c == '\\') return MediaPathError.Backslash;
            // Names are slugs, so '%' only ever arrives as an encoding that is meant to smuggle
            // a separator or a dot past this check (%2F, %5C, %2E); ':' names drives and streams.
            if (c == '%') return MediaPathError.Encoded;
            if (c == ':') return MediaPathError.Absolute;
        }
        if (path.Length > 1 && path[0] == '/') return MediaPathError.Absolute;
        if (path.StartsWith("~", StringComparison.Ordinal)) return MediaPathError.Absolute;
        return MediaPathError.None;
    }

    private static MediaPathError CheckSegment(string segment)
    {
        if (segment.Length == 0) return MediaPathError.EmptySegment;
        if (segment is "." or "..") return MediaPathError.DotSegment;
        if (segment[0] == '.') return MediaPathError.HiddenSegment;
        if (System.Text.Encoding.UTF8.GetByteCount(segment) > MaxSegmentLength) return MediaPathError.TooLong;
        // Windows drops a trailing dot or space, so "a.jpg." and "a.jpg" would be one file there.
        if (segment[^1] is '.' or ' ' || segment[0] == ' ') return MediaPathError.BadSegmentEnd;
        return MediaPathError.None;
    }
}
