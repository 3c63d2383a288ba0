using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Usta.Media;

/// <summary>
/// <c>&lt;media-image path="…" alt="…" caption="…" sizes="…" /&gt;</c>: a responsive image of the media
/// library. Writes <c>&lt;picture&gt;</c> with a WebP <c>&lt;source&gt;</c> and an <c>&lt;img&gt;</c> in the
/// original format, both with a <c>srcset</c> over the offered widths up to the original's, the real
/// <c>width</c>/<c>height</c> (no layout shift), lazy loading unless <c>eager</c>, and a
/// <c>&lt;figure&gt;</c> with <c>&lt;figcaption&gt;</c> when there is a caption. A missing file writes nothing.
/// </summary>
[HtmlTargetElement("media-image", TagStructure = TagStructure.WithoutEndTag)]
public sealed class MediaImageTagHelper(MediaUrls urls) : TagHelper
{
    public const string DefaultSizes = "(max-width: 800px) 100vw, 800px";

    public string? Path { get; set; }
    public string? Alt { get; set; }
    public string? Caption { get; set; }
    public string? Sizes { get; set; }
    /// <summary>The <c>class</c> of the <c>&lt;img&gt;</c> (or of the figure when there is a caption).</summary>
    public string? Class { get; set; }
    /// <summary>Above the fold: loaded at once with high priority (the article's own picture).</summary>
    public bool Eager { get; set; }
    /// <summary>The width of the plain <c>src</c> for browsers without <c>srcset</c>.</summary>
    public int FallbackWidth { get; set; } = 640;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        var file = await urls.FileAsync(Path);
        if (file is null)
        {
            output.SuppressOutput();
            return;
        }

        var img = new TagBuilder("img") { TagRenderMode = TagRenderMode.SelfClosing };
        img.Attributes["alt"] = Alt ?? "";
        // Other attributes (data-test, id) belong to the picture itself, not to a figure around it.
        foreach (var attribute in output.Attributes) img.Attributes[attribute.Name] = attribute.Value?.ToString();
        output.Attributes.Clear();
        var caption = string.IsNullOrWhiteSpace(Caption) ? null : Caption;
        if (caption is null && !string.IsNullOrEmpty(Class)) img.Attributes["class"] = Class;
        img.Attributes["decoding"] = "async";
        if (Eager) img.Attributes["fetchpriority"] = "high";
        else img.Attributes["loading"] = "lazy";

        IHtmlContent picture;
        if (file.IsImage && MediaSrcset.For(file.Width!.Value) is { Count: > 0 } candidates)
        {
            var sizes = Sizes ?? DefaultSizes;
            var fallback = candidates.FirstOrDefault(c => c.Width >= FallbackWidth) ?? candidates[^1];
            img.Attributes["src"] = urls.ImageUrl(file, fallback.Width);
            img.Attributes["srcset"] = string.Join(", ", candidates.Select(c => $"{urls.ImageUrl(file, c.Width)} {c.Descriptor}w"));
            img.Attributes["sizes"] = sizes;
            img.Attributes["width"] = file.Width.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
            img.Attributes["height"] = file.Height!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var source = new TagBuilder("source") { TagRenderMode = TagRenderMode.SelfClosing };
            source.Attributes["type"] = "image/webp";
            source.Attributes["srcset"] = string.Join(", ", candidates.Select(c => $"{urls.ImageUrl(file, c.Width, webp: true)} {c.Descriptor}w"));
            source.Attributes["sizes"] = sizes;
            var element = new TagBuilder("picture");
            element.InnerHtml.AppendHtml(source);
            element.InnerHtml.AppendHtml(img);
            picture = element;
        }
        else
        {
            // An SVG, or an image Skia cannot read: the file itself, without sizes.
            img.Attributes["src"] = await urls.VersionedUrlAsync(file.Path) ?? "";
            picture = img;
        }

        if (caption is null)
        {
            output.Content.AppendHtml(picture);
            return;
        }
        output.TagName = "figure";
        output.TagMode = TagMode.StartTagAndEndTag;
        if (!string.IsNullOrEmpty(Class)) output.Attributes.SetAttribute("class", Class);
        output.Content.AppendHtml(picture);
        var figcaption = new TagBuilder("figcaption");
        figcaption.InnerHtml.Append(caption);
        output.Content.AppendHtml(figcaption);
    }
}
