namespace Usta.Contents;

public sealed record PageView(string Title, string BodyHtml);

public sealed partial class PageDisplayProvider : IContentDisplayProvider
{
    public string ContentType => ContentTypes.Page;

    public Task<ContentDisplay?> BuildAsync(ContentDisplayContext context)
    {
        var item = context.ContentItem;
        var view = new PageView(item.DisplayText, item.As<HtmlBodyPart>()?.Html ?? "");
        return Task.FromResult<ContentDisplay?>(new ContentDisplay("/Views/Display/Page.cshtml", view, item.DisplayText, PlainStart(view.BodyHtml), OgType: "website"));
    }

    // The page's opening words as its meta description: the body's text without tags, sanitised HTML already.
    private static string? PlainStart(string html)
    {
        var text = System.Net.WebUtility.HtmlDecode(Tags().Replace(html.Length > 4000 ? html[..4000] : html, " "));
        text = Spaces().Replace(text, " ").Trim();
        return text.Length == 0 ? null : text;
    }

    [System.Text.RegularExpressions.GeneratedRegex("<[^>]*>?")]
    private static partial System.Text.RegularExpressions.Regex Tags();

    [System.Text.RegularExpressions.GeneratedRegex(@"\s+")]
    private static partial System.Text.RegularExpressions.Regex Spaces();
}
