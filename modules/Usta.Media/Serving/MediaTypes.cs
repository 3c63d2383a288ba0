namespace Usta.Media.Serving;

/// <summary>
/// The content type each kind of media file is served with. A file of any other kind is sent as
/// a download (<c>application/octet-stream</c> with <c>Content-Disposition: attachment</c>) so that
/// nothing an editor uploads can run as a page of the site.
/// </summary>
public static class MediaTypes
{
    private static readonly Dictionary<string, string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["jpg"] = "image/jpeg",
        ["jpeg"] = "image/jpeg",
        ["png"] = "image/png",
        ["gif"] = "image/gif",
        ["webp"] = "image/webp",
        ["svg"] = "image/svg+xml",
        ["pdf"] = "application/pdf",
        ["doc"] = "application/msword",
        ["docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ["xls"] = "application/vnd.ms-excel",
        ["xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ["ppt"] = "application/vnd.ms-powerpoint",
        ["pptx"] = "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        ["odt"] = "application/vnd.oasis.opendocument.text",
        ["mp3"] = "audio/mpeg",
        ["mp4"] = "video/mp4",
    };

    public const string Download = "application/octet-stream";

    /// <summary>The served type for an extension (without dot); null for a kind sent only as a download.</summary>
    public static string? For(string extension) => Known.GetValueOrDefault(extension);

    /// <summary>Kinds that have derivatives: GIF gives its first frame.</summary>
    public static bool IsResizable(string extension) => extension.ToLowerInvariant() is "jpg" or "jpeg" or "png" or "gif" or "webp";
}
