namespace Usta.Media;

/// <summary>The <c>Media:</c> settings: upload rules and the bounds of image work.</summary>
public sealed class MediaOptions
{
    public const string Section = "Media";
    public const long DefaultMaxFileSize = 30L * 1024 * 1024;
    public const long DefaultMaxImagePixels = 50_000_000;

    /// <summary>The only widths a derivative may have: a fixed set, so nobody can fill the disk with variants.</summary>
    public static readonly IReadOnlyList<int> Widths = [160, 320, 480, 640, 960, 1280, 1920];

    /// <summary>Largest file accepted, in bytes (30 MB).</summary>
    public long MaxFileSize { get; set; } = DefaultMaxFileSize;

    /// <summary>
    /// Extensions accepted, comma-separated. One string, not a list: configuration binding appends a
    /// configured list to the defaults instead of replacing them. SVG is decided by <see cref="AllowSvg"/>.
    /// </summary>
    public string AllowedExtensions { get; set; } = "jpg,jpeg,png,gif,webp,pdf,doc,docx,xls,xlsx,ppt,pptx,odt,mp3,mp4";

    /// <summary>SVG can carry scripts: refused unless this is set, and then sanitised on the way in.</summary>
    public bool AllowSvg { get; set; }

    /// <summary>Largest image (width × height, read from its header) that is decoded at all.</summary>
    public long MaxImagePixels { get; set; } = DefaultMaxImagePixels;

    /// <summary>The limit in megabytes as shown to an editor.</summary>
    public string MaxFileSizeText => Library.MediaFormat.Size(MaxFileSize);

    public bool Allows(string extension)
        => extension == "svg" ? AllowSvg
            : AllowedExtensions.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Contains(extension, StringComparer.OrdinalIgnoreCase);

    /// <summary>A zero or negative limit in configuration means the default, not "nothing allowed" or "no limit".</summary>
    public void Clamp()
    {
        if (MaxFileSize <= 0) MaxFileSize = DefaultMaxFileSize;
        if (MaxImagePixels <= 0) MaxImagePixels = DefaultMaxImagePixels;
    }
}
