namespace Usta.Media.Library;

/// <summary>The content type the library records for each extension it may hold.</summary>
public static class MediaContentTypes
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        ["jpg"] = "image/jpeg", ["jpeg"] = "image/jpeg", ["png"] = "image/png", ["gif"] = "image/gif",
        ["webp"] = "image/webp", ["svg"] = "image/svg+xml", ["pdf"] = "application/pdf",
        ["doc"] = "application/msword", ["xls"] = "application/vnd.ms-excel", ["ppt"] = "application/vnd.ms-powerpoint",
        ["docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ["xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ["pptx"] = "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        ["odt"] = "application/vnd.oasis.opendocument.text", ["mp3"] = "audio/mpeg", ["mp4"] = "video/mp4",
    };

    public static string For(string extension) => Types.GetValueOrDefault(extension, "application/octet-stream");

    public static bool IsRasterImage(string extension) => extension is "jpg" or "jpeg" or "png" or "gif" or "webp";
}
