using System.Text.RegularExpressions;

namespace Usta.Theme;

public static partial class MetaDescription
{
    public const int MaxLength = 160;

    /// <summary>
    /// One line of at most <see cref="MaxLength"/> characters, cut at a word boundary with an ellipsis:
    /// what search results and share cards show of a page. Null for no text.
    /// </summary>
    public static string? From(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var line = Spaces().Replace(text, " ").Trim();
        if (line.Length <= MaxLength) return line;
        var cut = line.LastIndexOf(' ', MaxLength - 1);
        // A single word longer than the limit (a pasted URL) is cut where the limit falls.
        var head = cut > MaxLength / 2 ? line[..cut] : line[..(MaxLength - 1)];
        return head.TrimEnd(',', ';', ':', '.', '-', '–', ' ') + "…";
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
