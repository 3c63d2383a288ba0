using Microsoft.Extensions.Options;
using Usta.Media.Uploads;

namespace Usta.Media.Recipes;

/// <summary>
/// What the Media step may write: the upload rules (<c>Media:</c>) minus SVG, which a recipe never
/// brings (an upload's SVG is sanitised on the way in; a recipe's would be stored as written).
/// A recipe and an editor's upload are held to the same kinds and content check. The size is not
/// lowered with the upload limit: an operator who allows editors 5 MB must still be able to set up
/// a site whose recipe ships a larger file (the recipe's author, not an editor, chose it).
/// </summary>
public sealed class RecipeMediaRules(IOptions<MediaOptions> options)
{
    public IReadOnlySet<string> Extensions { get; } = options.Value.AllowedExtensions
        .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
        .Select(e => e.ToLowerInvariant()).Where(e => e != "svg").ToHashSet(StringComparer.Ordinal);

    public long MaxFileBytes { get; init; } = Math.Max(options.Value.MaxFileSize, MediaOptions.DefaultMaxFileSize);

    /// <summary>True when a file with the (lower-case) <paramref name="extension"/> may be written.</summary>
    public bool AllowsExtension(string extension) => Extensions.Contains(extension);

    /// <summary>True when the file's first bytes are what its extension claims.</summary>
    public static bool ContentMatches(string extension, ReadOnlySpan<byte> head) => FileSignatures.Matches(extension, head);
}
