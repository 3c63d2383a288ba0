using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using UstaOrchard.Core.Contents;

namespace Usta.Contents.Versions;

/// <summary>
/// A version as plain text for comparing: the title, then every text of its parts and fields (HTML
/// bodies stripped of their tags), one paragraph per line, so a diff shows words, not markup.
/// </summary>
public static partial class VersionText
{
    private static readonly string[] TextProperties = ["Html", "Markdown", "Text"];

    public static string Title(ContentItem item) => item.DisplayText;

    public static string Body(ContentItem item)
    {
        var lines = new List<string>();
        foreach (var (name, node) in item.Content)
            if (name != nameof(TitlePart) && node is JsonObject part) Collect(part, lines);
        return string.Join("\n", lines);
    }

    private static void Collect(JsonObject json, List<string> lines)
    {
        foreach (var (name, node) in json)
        {
            if (node is JsonObject nested) Collect(nested, lines);
            else if (node is JsonValue value && value.TryGetValue<string>(out var text) && TextProperties.Contains(name))
                lines.AddRange(name == "Html" ? HtmlToLines(text) : SplitLines(text));
        }
    }

    public static IEnumerable<string> HtmlToLines(string html)
    {
        var broken = BlockEnd().Replace(html, "\n");
        var text = WebUtility.HtmlDecode(Tag().Replace(broken, ""));
        return SplitLines(text);
    }

    private static IEnumerable<string> SplitLines(string text)
        => text.Split('\n').Select(l => Spaces().Replace(l, " ").Trim()).Where(l => l.Length > 0);

    [GeneratedRegex(@"<\s*(br|/p|/h[1-6]|/li|/div|/blockquote|/figcaption|/tr|/td|/th|/pre)\b[^>]*>", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BlockEnd();

    [GeneratedRegex(@"<[^>]*>", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Spaces();
}
