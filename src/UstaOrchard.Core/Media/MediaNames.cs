using UstaOrchard.Core.Text;

namespace UstaOrchard.Core.Media;

/// <summary>
/// Names as the store keeps them: an ASCII slug with the extension kept and lower-cased
/// (<c>Ảnh Hội nghị.JPG</c> → <c>anh-hoi-nghi.jpg</c>, đ → d).
/// </summary>
public static class MediaNames
{
    public const int MaxBaseLength = 80;
    private const string FallbackBase = "tep";

    /// <summary>The stored name of an uploaded file; only its last segment counts (browsers may send a whole path).</summary>
    public static string FileName(string? uploaded)
    {
        var name = LastSegment(uploaded);
        var dot = name.LastIndexOf('.');
        var extension = dot > 0 ? Extension(name[(dot + 1)..]) : "";
        var slug = Slugify(dot > 0 ? name[..dot] : name);
        return extension.Length == 0 ? slug : slug + "." + extension;
    }

    /// <summary>A folder name typed by an editor.</summary>
    public static string FolderName(string? typed) => Slugify(typed ?? "");

    /// <summary>The lower-case extension without its dot; "" when there is none.</summary>
    public static string ExtensionOf(string path)
    {
        var name = LastSegment(path);
        var dot = name.LastIndexOf('.');
        return dot > 0 ? name[(dot + 1)..].ToLowerInvariant() : "";
    }

    /// <summary>The n-th free choice for a name that clashes: <c>anh.jpg</c>, <c>anh-2.jpg</c>, <c>anh-3.jpg</c>…</summary>
    public static string WithSuffix(string name, int n)
    {
        if (n <= 1) return name;
        var dot = name.LastIndexOf('.');
        return dot > 0 ? $"{name[..dot]}-{n}{name[dot..]}" : $"{name}-{n}";
    }

    private static string Slugify(string text)
    {
        var slug = Slugifier.Slugify(text);
        if (slug.Length > MaxBaseLength)
        {
            var cut = slug.LastIndexOf('-', MaxBaseLength);
            slug = cut > 0 ? slug[..cut] : slug[..MaxBaseLength];
        }
        return slug.Length == 0 ? FallbackBase : slug;
    }

    private static string Extension(string text)
    {
        var folded = VietnameseText.Fold(text);
        return folded.Length is > 0 and <= 10 && folded.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9') ? folded : "";
    }

    private static string LastSegment(string? path)
    {
        var text = VietnameseText.Nfc(path ?? "").Trim();
        var cut = text.LastIndexOfAny(['/', '\\']);
        return cut >= 0 ? text[(cut + 1)..] : text;
    }
}
