namespace Usta.Media;

/// <summary>Upload rules, configured under <c>Media:</c>.</summary>
public sealed class MediaOptions
{
    public const string Section = "Media";

    /// <summary>Largest file accepted, in bytes (30 MB).</summary>
    public long MaxFileSize { get; set; } = 30L * 1024 * 1024;

    /// <summary>
    /// Extensions accepted, comma-separated. One string, not a list: configuration binding appends a
    /// configured list to the defaults instead of replacing them. SVG is decided by <see cref="AllowSvg"/>.
    /// </summary>
    public string AllowedExtensions { get; set; } = "jpg,jpeg,png,gif,webp,pdf,doc,docx,xls,xlsx,ppt,pptx,odt,mp3,mp4";

    /// <summary>SVG can carry scripts: refused unless this is set, and then sanitised on the way in.</summary>
    public bool AllowSvg { get; set; }

    /// <summary>The limit in megabytes as shown to an editor.</summary>
    public string MaxFileSizeText => Library.MediaFormat.Size(MaxFileSize);

    public bool Allows(string extension)
        => extension == "svg" ? AllowSvg
            : AllowedExtensions.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Contains(extension, StringComparer.OrdinalIgnoreCase);
}
