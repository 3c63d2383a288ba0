namespace Usta.Media.Library;

/// <summary>
/// The library's thumbnail address: /media/{path}?w=160, encoded as <see cref="MediaUrls"/> encodes.
/// Unversioned (the list reads the index, not the files' dates), so it is cached five minutes.
/// </summary>
public static class MediaThumbnails
{
    public const int Width = 160;

    public static string Url(string path) => FileUrl(path) + "?w=" + Width;

    public static string FileUrl(string path) => Serving.MediaFileServer.Prefix + "/" + MediaUrls.Encode(path);
}
