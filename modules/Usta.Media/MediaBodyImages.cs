using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Usta.Media;

/// <summary>
/// Images an editor placed in a body (<c>&lt;img src="/media/…"&gt;</c>) get, at display time, what
/// &lt;media-image&gt; writes: their real width and height (no layout shift), a <c>srcset</c> over the
/// offered widths, and lazy loading. Images elsewhere, ones given another size, and missing files are left as
/// they are. The body is the sanitised HTML the editor saved, so matching its <c>img</c> tags is enough.
/// </summary>
public sealed partial class MediaBodyImages(MediaUrls urls)
{
    // Each one is a stat (and once a header read): a body with hundreds of pictures is served as written beyond this.
    private const int MaxImages = 50;
    // As wide as an article column, like a picture the tag helper writes.
    private const string Sizes = MediaImageTagHelper.DefaultSizes;

    public async Task<string> EnhanceAsync(string html, CancellationToken ct = default)
    {
        if (!html.Contains("/media/", StringComparison.Ordinal)) return html;
        var result = new StringBuilder(html.Length + 512);
        var last = 0;
        var seen = 0;
        foreach (Match tag in ImgTag().Matches(html))
        {
            result.Append(html, last, tag.Index - last);
            last = tag.Index + tag.Length;
            result.Append(seen++ < MaxImages ? await EnhanceTagAsync(tag.Value, ct) : tag.Value);
        }
        result.Append(html, last, html.Length - last);
        return result.ToString();
    }

    private async Task<string> EnhanceTagAsync(string tag, CancellationToken ct)
    {
        if (HasAttribute(tag, "srcset")) return tag;
        if (Src().Match(tag) is not { Success: true } src) return tag;
        var path = Uri.UnescapeDataString(WebUtility.HtmlDecode(src.Groups["path"].Value));
        if (await urls.FileAsync(path, ct) is not { IsImage: true } file) return tag;
        // An editor who gave another size meant it; the picture's own size (what an editor inserting
        // it writes) still gets the smaller copies.
        var width = AttributeValue(tag, "width");
        var height = AttributeValue(tag, "height");
        if ((width is not null && width != file.Width.ToString()) || (height is not null && height != file.Height.ToString())) return tag;

        var candidates = MediaSrcset.For(file.Width!.Value);
        var srcset = string.Join(", ", candidates.Select(c => $"{urls.ImageUrl(file, c.Width)} {c.Descriptor}w"));
        var added = new StringBuilder();
        if (width is null && height is null) added.Append($" width=\"{file.Width}\" height=\"{file.Height}\"");
        added.Append($" srcset=\"{WebUtility.HtmlEncode(srcset)}\" sizes=\"{Sizes}\"");
        if (!HasAttribute(tag, "loading")) added.Append(" loading=\"lazy\"");
        if (!HasAttribute(tag, "decoding")) added.Append(" decoding=\"async\"");
        var end = tag.EndsWith("/>", StringComparison.Ordinal) ? tag.Length - 2 : tag.Length - 1;
        return tag[..end].TrimEnd() + added + tag[end..];
    }

    private static string? AttributeValue(string tag, string name)
        => Regex.Match(tag, $@"\s{name}\s*=\s*[""']?(?<value>[^""'\s>]*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant) is { Success: true } m
            ? m.Groups["value"].Value
            : null;

    private static bool HasAttribute(string tag, string name) =>
        Regex.IsMatch(tag, $@"\s{name}\s*=", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    [GeneratedRegex(@"<img\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ImgTag();

    [GeneratedRegex(@"\ssrc\s*=\s*""/media/(?<path>[^""?#]+)(?:[?#][^""]*)?""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Src();
}
