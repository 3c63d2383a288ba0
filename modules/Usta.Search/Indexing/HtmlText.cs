using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Usta.Search.Indexing;

/// <summary>
/// The text a reader sees in stored HTML, for search: tags dropped, blocks kept apart by a line
/// break (a phrase never runs from a heading into the next paragraph), captions and images'
/// alternative text kept, scripts and styles (which a sanitised body never has) ignored.
/// </summary>
public static class HtmlText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "figure", "figcaption",
        "blockquote", "table", "tr", "td", "th", "caption", "section", "article", "header", "footer", "pre", "hr", "dt", "dd",
    };

    public static string Extract(string? html)
    {
        if (string.IsNullOrWhiteSpace(html)) return "";
        var document = new HtmlParser().ParseDocument("<body></body>");
        var nodes = new HtmlParser().ParseFragment(html, document.Body!);
        var builder = new StringBuilder(html.Length / 2);
        foreach (var node in nodes) Append(node, builder);
        return Collapse(builder.ToString());
    }

    private static void Append(INode node, StringBuilder builder)
    {
        switch (node)
        {
            case IText text:
                builder.Append(text.Data);
                return;
            case IElement element:
                var name = element.LocalName;
                if (name is "script" or "style" or "template" or "noscript") return;
                if (name == "img" && element.GetAttribute("alt") is { Length: > 0 } alt)
                {
                    builder.Append('\n').Append(alt).Append('\n');
                    return;
                }
                var block = Blocks.Contains(name);
                if (block) builder.Append('\n');
                foreach (var child in element.ChildNodes) Append(child, builder);
                if (block) builder.Append('\n');
                return;
        }
    }

    /// <summary>Runs of spaces become one space, runs of line breaks one line break; trimmed.</summary>
    public static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        var pendingBreak = false;
        foreach (var c in text)
        {
            if (c is '\n' or '\r' or '\u2028' or '\u2029') { pendingBreak = true; continue; }
            if (char.IsWhiteSpace(c)) { pendingSpace = true; continue; }
            if (builder.Length > 0)
            {
                if (pendingBreak) builder.Append('\n');
                else if (pendingSpace) builder.Append(' ');
            }
            pendingBreak = pendingSpace = false;
            builder.Append(c);
        }
        return builder.ToString();
    }
}
