namespace Usta.Media.Library;

/// <summary>
/// The one place the library builds a thumbnail's address: /media/{path}?w=160, the derivative the
/// media serving makes (its MediaUrls helper is the place for this; merging switches to it).
/// </summary>
public static class MediaThumbnails
{
    public const int Width = 160;

    public static string Url(string path) => FileUrl(path) + "?w=" + Width;

    public static string FileUrl(string path) => "/media/" + string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
}
