using System.Xml;
using System.Xml.Linq;

namespace Usta.Media.Uploads;

/// <summary>
/// Keeps only drawing from an SVG (an allow-list of elements and attributes): no script, no event
/// handler, no foreignObject, no style sheet, no link that leaves the document. Null when the
/// text is not an SVG document.
/// </summary>
public static class SvgSanitizer
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly XNamespace XLink = "http://www.w3.org/1999/xlink";

    private static readonly HashSet<string> Elements =
    [
        "svg", "g", "path", "rect", "circle", "ellipse", "line", "polyline", "polygon", "text", "tspan", "defs",
        "linearGradient", "radialGradient", "stop", "clipPath", "mask", "pattern", "symbol", "use", "title", "desc",
    ];

    private static readonly HashSet<string> Attributes =
    [
        "id", "class", "d", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry", "fx", "fy", "width", "height",
        "viewBox", "preserveAspectRatio", "points", "transform", "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width",
        "stroke-opacity", "stroke-linecap", "stroke-linejoin", "stroke-dasharray", "stroke-dashoffset", "stroke-miterlimit",
        "opacity", "offset", "stop-color", "stop-opacity", "gradientUnits", "gradientTransform", "spreadMethod", "patternUnits",
        "patternTransform", "clip-path", "clip-rule", "mask", "font-family", "font-size", "font-weight", "font-style",
        "text-anchor", "dominant-baseline", "letter-spacing", "dx", "dy", "version", "visibility", "display", "href",
    ];

    public static string? Sanitize(Stream svg)
    {
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(svg, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            document = XDocument.Load(reader);
        }
        catch (XmlException)
        {
            return null;
        }
        var root = document.Root;
        if (root is null || root.Name != Svg + "svg" || TooDeep(root)) return null;
        Clean(root);
        return new XDocument(new XDeclaration("1.0", "utf-8", null), root).ToString(SaveOptions.DisableFormatting);
    }

    // Clean walks the tree recursively; a drawing nested deeper than any real one could overflow the stack.
    private const int MaxDepth = 100;

    private static bool TooDeep(XElement root)
    {
        var pending = new Stack<(XElement Element, int Depth)>();
        pending.Push((root, 1));
        while (pending.Count > 0)
        {
            var (element, depth) = pending.Pop();
            if (depth > MaxDepth) return true;
            foreach (var child in element.Elements()) pending.Push((child, depth + 1));
        }
        return false;
    }

    private static void Clean(XElement element)
    {
        foreach (var attribute in element.Attributes().ToList())
        {
            if (attribute.IsNamespaceDeclaration) continue;
            var name = attribute.Name;
            var known = name.Namespace == XNamespace.None ? Attributes.Contains(name.LocalName) : name == XLink + "href";
            if (!known || !SafeValue(name.LocalName, attribute.Value)) attribute.Remove();
        }
        foreach (var child in element.Nodes().ToList())
        {
            switch (child)
            {
                case XElement e when e.Name.Namespace == Svg && Elements.Contains(e.Name.LocalName):
                    Clean(e);
                    break;
                case XText or XComment when child is not XCData:
                    if (child is XComment) child.Remove();
                    break;
                default:
                    child.Remove();
                    break;
            }
        }
    }

    // Links only inside the document (#id); no url() that reaches out or runs script.
    private static bool SafeValue(string name, string value)
    {
        var text = new string(value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray()).ToLowerInvariant();
        if (name == "href") return text.StartsWith('#');
        if (text.Contains("javascript:") || text.Contains("data:") || text.Contains("expression(")) return false;
        return !System.Text.RegularExpressions.Regex.IsMatch(text, @"url\((?!['""]?#)");
    }
}
