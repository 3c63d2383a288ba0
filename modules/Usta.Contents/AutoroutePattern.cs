using System.Text;
using System.Text.RegularExpressions;
using UstaOrchard.Core.Text;

namespace Usta.Contents;

/// <summary>
/// Orchard's <c>AutoroutePartSettings.Pattern</c> is a Liquid template. We run no Liquid: the forms
/// Orchard's own recipes use are understood — the item's text (<c>ContentItem.DisplayText</c>,
/// <c>Model.ContentItem | display_text</c>, <c>…Content.TitlePart.Title</c>), its list's text
/// (<c>Model.ContentItem | container | display_text</c>), each through <c>slugify</c> — with literal
/// text between them. Anything else is not understood (null), and the caller falls back to the title's slug.
/// </summary>
public static partial class AutoroutePattern
{
    [GeneratedRegex(@"\{\{(.*?)\}\}", RegexOptions.Singleline)]
    private static partial Regex Tag();

    /// <param name="container">The display text of the item's list (its ContainedPart), or null.</param>
    public static async Task<string?> EvaluateAsync(string pattern, string displayText, Func<Task<string?>> container)
    {
        if (pattern.Contains("{%", StringComparison.Ordinal)) return null;
        var path = new StringBuilder();
        var at = 0;
        foreach (Match tag in Tag().Matches(pattern))
        {
            path.Append(pattern, at, tag.Index - at);
            at = tag.Index + tag.Length;
            var text = await ValueAsync(tag.Groups[1].Value, displayText, container);
            if (text is null) return null;
            path.Append(text);
        }
        path.Append(pattern, at, pattern.Length - at);
        return path.ToString();
    }

    private static async Task<string?> ValueAsync(string expression, string displayText, Func<Task<string?>> container)
    {
        var pipeline = expression.Split('|', StringSplitOptions.TrimEntries);
        var subject = pipeline[0].StartsWith("Model.", StringComparison.Ordinal) ? pipeline[0]["Model.".Length..] : pipeline[0];
        var filters = pipeline.Skip(1).ToList();
        if (filters.Count == 0 || filters[^1] != "slugify") return null;
        filters.RemoveAt(filters.Count - 1);

        string? text;
        switch (subject)
        {
            case "ContentItem.DisplayText" or "ContentItem.Content.TitlePart.Title" when filters.Count == 0:
                text = displayText;
                break;
            case "ContentItem" when filters is ["display_text"]:
                text = displayText;
                break;
            case "ContentItem" when filters is ["container", "display_text"]:
                text = await container();
                if (text is null) return null;
                break;
            default:
                return null;
        }
        return Slugifier.Slugify(text);
    }
}
