using System.Collections.Frozen;

namespace Usta.Media.Recipes;

/// <summary>
/// The Media step's own, minimal check of what it writes: the kinds of file the library accepts
/// and the most bytes one may have. The upload rules (configurable under <c>Media:</c>, with the
/// content checked against the extension) are to take its place, so that a recipe and an upload
/// are held to the same rules: this class is the one seam to switch.
/// </summary>
public sealed class RecipeMediaRules
{
    public static readonly FrozenSet<string> DefaultExtensions = new[]
    {
        "jpg", "jpeg", "png", "gif", "webp", "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "mp3", "mp4",
    }.ToFrozenSet(StringComparer.Ordinal);

    public IReadOnlySet<string> Extensions { get; init; } = DefaultExtensions;

    public long MaxFileBytes { get; init; } = 30 * 1024 * 1024;

    /// <summary>True when a file with the (lower-case) <paramref name="extension"/> may be written.</summary>
    public bool AllowsExtension(string extension) => Extensions.Contains(extension);
}
