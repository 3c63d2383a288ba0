using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using UstaOrchard.Core.Media;

namespace Usta.Media.References;

/// <summary>
/// Where an item's JSON names media: every MediaField-shaped object (one with a "Paths" array),
/// wherever it sits, and every <c>/media/…</c> address in a src or href attribute of HTML text.
/// </summary>
public static partial class MediaReferences
{
    public const string UrlPrefix = Serving.MediaFileServer.Prefix + "/";

    public static IReadOnlyCollection<string> Find(JsonNode? content)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        Walk(content, found);
        return found;
    }

    /// <summary>
    /// Rewrites every reference <paramref name="map"/> changes (null: leave it) in place;
    /// true when something changed.
    /// </summary>
    public static bool Rewrite(JsonNode? node, Func<string, string?> map)
    {
        var changed = false;
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj.ToList())
                {
                    if (key == "Paths" && value is JsonArray paths)
                    {
                        for (var i = 0; i < paths.Count; i++)
                        {
                            if (paths[i] is JsonValue v && v.TryGetValue<string>(out var path) && map(path) is { } mapped)
                            {
                                paths[i] = mapped;
                                changed = true;
                            }
                        }
                    }
                    else if (value is JsonValue text && text.TryGetValue<string>(out var s) && s.Contains(UrlPrefix, StringComparison.Ordinal))
                    {
                        var rewritten = RewriteHtml(s, map);
                        if (rewritten != s)
                        {
                            obj[key] = rewritten;
                            changed = true;
                        }
                    }
                    else changed |= Rewrite(value, map);
                }
                break;
            case JsonArray array:
                foreach (var child in array) changed |= Rewrite(child, map);
                break;
        }
        return changed;
    }

    /// <summary>A mapping for a moved file or folder: the new path of anything at or under <paramref name="from"/>.</summary>
    /// <remarks>The path is compared as <see cref="Find"/> indexed it (normalised): a recipe may have written it decomposed or with a trailing '/'.</remarks>
    public static Func<string, string?> Moved(string from, string to, bool isFolder) => raw =>
        !MediaPath.TryNormalizeFile(raw, out var path, out _) ? null
        : path == from && !isFolder ? to
        : isFolder && path.StartsWith(from + "/", StringComparison.Ordinal) ? to + path[from.Length..]
        : null;

    public static string RewriteHtml(string html, Func<string, string?> map)
        => MediaAttribute().Replace(html, m =>
        {
            var path = Uri.UnescapeDataString(m.Groups["path"].Value);
            return map(path) is { } mapped ? m.Groups["head"].Value + MediaUrls.Encode(mapped) : m.Value;
        });

    private static void Walk(JsonNode? node, SortedSet<string> found)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    if (key == "Paths" && value is JsonArray paths)
                    {
                        foreach (var item in paths)
                            if (item is JsonValue v && v.TryGetValue<string>(out var path)) Add(path, found);
                    }
                    else Walk(value, found);
                }
                break;
            case JsonArray array:
                foreach (var child in array) Walk(child, found);
                break;
            case JsonValue value when value.TryGetValue<string>(out var text) && text.Contains(UrlPrefix, StringComparison.Ordinal):
                foreach (Match m in MediaAttribute().Matches(text)) Add(Uri.UnescapeDataString(m.Groups["path"].Value), found);
                break;
        }
    }

    private static void Add(string path, SortedSet<string> found)
    {
        if (MediaPath.TryNormalizeFile(path, out var normalized, out _)) found.Add(normalized);
    }

    // src="/media/a/b.jpg?w=640" → a/b.jpg: the query (width, version) and fragment are not part of the file.
    [GeneratedRegex("""(?<head>\b(?:src|href)\s*=\s*["']?/media/)(?<path>[^"'\s>?#]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex MediaAttribute();
}
