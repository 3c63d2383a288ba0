using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Usta.Contents.Editing.Drivers;

/// <summary>
/// Markdown to HTML with raw HTML off: a &lt;script&gt; typed in Markdown comes out as text. Markdig
/// still writes any link target as given, so links and images to unsafe schemes (javascript:, data:)
/// are pointed at "#" before rendering.
/// </summary>
public static class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    public static string ToHtml(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown)) return "";
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.Url is not null && !SafeUrl.IsAllowed(link.Url, allowRelative: true)) link.Url = "#";
        }
        foreach (var link in document.Descendants<AutolinkInline>())
        {
            if (!link.IsEmail && !SafeUrl.IsAllowed(link.Url, allowRelative: false)) link.Url = "#";
        }
        return document.ToHtml(Pipeline);
    }
}
