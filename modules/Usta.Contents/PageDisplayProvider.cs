namespace Usta.Contents;

public sealed record PageView(string Title, string BodyHtml);

public sealed class PageDisplayProvider : IContentDisplayProvider
{
    public string ContentType => ContentTypes.Page;

    public Task<ContentDisplay?> BuildAsync(ContentDisplayContext context)
    {
        var item = context.ContentItem;
        var view = new PageView(item.DisplayText, item.As<HtmlBodyPart>()?.Html ?? "");
        return Task.FromResult<ContentDisplay?>(new ContentDisplay("/Views/Display/Page.cshtml", view, item.DisplayText, OgType: "website"));
    }
}
