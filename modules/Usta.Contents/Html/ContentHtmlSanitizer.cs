using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Ganss.Xss;

namespace Usta.Contents.Html;

/// <summary>
/// Cleans the HTML of bodies and HTML fields before it is stored, so pages may print it with
/// Html.Raw. Configured once (the library's sanitiser is safe to share once configured): what an
/// article needs (headings, lists, links, tables, figures with pictures, quotes, allowed frames)
/// stays; scripts, event handlers, unsafe URLs, forms, plug-ins and styles that could lay
/// anything over the page go.
/// </summary>
public sealed partial class ContentHtmlSanitizer
{
    private static readonly string[] Tags =
    [
        "h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "ul", "ol", "li", "a", "strong", "b", "em", "i", "u", "s",
        "del", "ins", "sub", "sup", "small", "mark", "abbr", "q", "cite", "code", "pre", "blockquote", "span", "div",
        "figure", "figcaption", "img", "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "colgroup", "col", "iframe",
    ];

    // Removed with everything inside: their text is code or controls, never article text. Other
    // unknown tags (Word's <font>, <o:p>) go but keep their text.
    private static readonly HashSet<string> DroppedWhole = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "template", "noscript", "svg", "math", "frame", "frameset", "object", "embed", "applet",
        "form", "input", "button", "select", "textarea", "option", "head", "title", "meta", "link", "base", "xml",
    };

    // Attributes per tag; the library only knows one list for all tags, so the narrowing is ours.
    private static readonly string[] Everywhere = ["lang", "dir", "title", "style"];
    private static readonly Dictionary<string, string[]> PerTag = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = ["href", "target", "rel", "hreflang"],
        ["img"] = ["src", "alt", "width", "height", "loading", "srcset", "sizes", "class", "decoding"],
        ["td"] = ["colspan", "rowspan", "headers"],
        ["th"] = ["colspan", "rowspan", "headers", "scope"],
        ["col"] = ["span"],
        ["colgroup"] = ["span"],
        ["ol"] = ["start", "reversed", "type"],
        ["iframe"] = ["src", "width", "height", "allowfullscreen", "loading"],
        ["span"] = ["class"], ["div"] = ["class"], ["p"] = ["class"], ["figure"] = ["class"], ["table"] = ["class"],
        ["blockquote"] = ["class", "cite"],
    };

    // Alignment and sizes only: nothing that positions, layers, transforms or animates.
    private static readonly string[] CssProperties = ["text-align", "vertical-align", "width", "height", "border-collapse"];
    private static readonly HashSet<string> RelTokens = new(StringComparer.OrdinalIgnoreCase) { "noopener", "noreferrer", "nofollow", "ugc", "external" };

    private readonly HtmlSanitizer _sanitizer;
    private readonly HtmlContentOptions _options;

    public ContentHtmlSanitizer(HtmlContentOptions options)
    {
        _options = options;
        _sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(Tags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(Everywhere.Concat(PerTag.Values.SelectMany(a => a)), StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(CssProperties, StringComparer.OrdinalIgnoreCase),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
            AllowedSchemes = new HashSet<string>(["http", "https", "mailto", "tel"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href", "src", "cite"], StringComparer.OrdinalIgnoreCase),
            UriListAttributes = new HashSet<string>(["srcset"], StringComparer.OrdinalIgnoreCase),
        })
        {
            KeepChildNodes = true,
        };
        _sanitizer.RemovingTag += (_, e) =>
        {
            if (DroppedWhole.Contains(e.Tag.LocalName)) e.Tag.InnerHtml = "";
        };
        _sanitizer.FilterUrl += (_, e) =>
        {
            // Pictures pasted or dropped in as data: URLs stay; no other data: URL does.
            if (e.SanitizedUrl is null && e.Tag.LocalName == "img" && DataImage().IsMatch(e.OriginalUrl))
                e.SanitizedUrl = e.OriginalUrl;
        };
        _sanitizer.PostProcessDom += (_, e) =>
        {
            foreach (var element in e.Document.Body?.QuerySelectorAll("*").ToList() ?? []) Narrow(element);
        };
    }

    // Results computed ahead (Prepare) for the very string instances a save will hand in: keyed by
    // identity, so a result is only ever used for the text it was computed from. Taken once.
    private readonly ConditionalWeakTable<string, string> _prepared = new();

    public string Sanitize(string html)
    {
        if (string.IsNullOrEmpty(html)) return html;
        if (_prepared.TryGetValue(html, out var clean))
        {
            _prepared.Remove(html);
            return clean;
        }
        return _sanitizer.Sanitize(html);
    }

    /// <summary>
    /// Sanitises <paramref name="html"/> now (on any thread) so that the next <see cref="Sanitize"/> of this
    /// same string instance costs nothing: a recipe's items are prepared on a second thread while the
    /// previous one is saved (<see cref="HtmlContentPreparer"/>).
    /// </summary>
    public void Prepare(string html)
    {
        if (!string.IsNullOrEmpty(html)) _prepared.AddOrUpdate(html, _sanitizer.Sanitize(html));
    }

    private void Narrow(IElement element)
    {
        var allowed = PerTag.GetValueOrDefault(element.LocalName) ?? [];
        foreach (var attribute in element.Attributes.ToList())
        {
            if (!Everywhere.Contains(attribute.LocalName) && !allowed.Contains(attribute.LocalName))
                element.RemoveAttribute(attribute.Name);
        }
        switch (element.LocalName)
        {
            case "a": NarrowLink(element); break;
            case "iframe": NarrowFrame(element); break;
        }
    }

    private static void NarrowLink(IElement link)
    {
        var target = link.GetAttribute("target");
        if (target is null) return;
        if (!string.Equals(target, "_blank", StringComparison.OrdinalIgnoreCase))
        {
            link.RemoveAttribute("target");
            return;
        }
        // A page opened in a new tab must not reach back to ours through window.opener.
        var rel = (link.GetAttribute("rel") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(RelTokens.Contains).ToList();
        if (!rel.Contains("noopener", StringComparer.OrdinalIgnoreCase)) rel.Add("noopener");
        link.SetAttribute("rel", string.Join(' ', rel));
    }

    private void NarrowFrame(IElement frame)
    {
        if (!Uri.TryCreate(frame.GetAttribute("src"), UriKind.Absolute, out var source) || !_options.AllowsFrame(source))
        {
            frame.Remove();
            return;
        }
        // Video and map players need their own scripts, in their own origin; nothing more.
        frame.SetAttribute("sandbox", "allow-scripts allow-same-origin allow-popups allow-presentation");
        frame.SetAttribute("referrerpolicy", "strict-origin-when-cross-origin");
    }

    [GeneratedRegex(@"^data:image/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/=\s]+$", RegexOptions.IgnoreCase)]
    private static partial Regex DataImage();
}
