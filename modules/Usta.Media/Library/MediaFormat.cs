using System.Globalization;

namespace Usta.Media.Library;

/// <summary>How the library shows sizes and dates.</summary>
public static class MediaFormat
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static string Size(long bytes) => bytes switch
    {
        < 1024 => bytes.ToString(Vietnamese) + " B",
        < 1024 * 1024 => (bytes / 1024d).ToString("0.#", Vietnamese) + " KB",
        _ => (bytes / (1024d * 1024d)).ToString("0.#", Vietnamese) + " MB",
    };

    public static string Dimensions(MediaFileRecord file) => file.Width is { } w && file.Height is { } h ? $"{w} × {h}" : "";

    /// <summary>The breadcrumb of a folder: (name, path) from the root down.</summary>
    public static IEnumerable<(string Name, string Path)> Crumbs(string folder)
    {
        if (folder.Length == 0) yield break;
        var parts = folder.Split('/');
        for (var i = 0; i < parts.Length; i++) yield return (parts[i], string.Join('/', parts[..(i + 1)]));
    }
}
