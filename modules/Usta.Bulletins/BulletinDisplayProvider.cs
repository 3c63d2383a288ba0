using Microsoft.AspNetCore.Http;
using Usta.Contents;
using UstaOrchard.Core.Caching;
using UstaOrchard.Core.Contents;

namespace Usta.Bulletins;

public sealed record BulletinArticle(string Title, string Url);

public sealed record BulletinView(string Title, int Number, int Year, DateTime? IssueDate, string? Summary,
    string? CoverPath, string? CoverAlt, string? PdfPath, IReadOnlyList<BulletinArticle> Articles);

/// <summary>"Bản tin số N": cover, PDF and the list of articles in the issue.</summary>
public sealed class BulletinDisplayProvider(ContentManager contents, IHttpContextAccessor http) : IContentDisplayProvider
{
    public string ContentType => BulletinsStartup.ContentType;

    public async Task<ContentDisplay?> BuildAsync(ContentDisplayContext context)
    {
        var (item, _, ct) = context;
        var part = item.As<BulletinPart>();
        if (part is null) return null;
        // The issue lists its articles' titles: an article's change (or unpublishing) evicts the issue.
        foreach (var id in part.Articles.ContentItemIds) http.HttpContext?.TagOutput(CacheTags.Item(id));
        var articles = await contents.GetManyAsync(part.Articles.ContentItemIds, VersionOptions.Published, ct);
        var view = new BulletinView(item.DisplayText, part.Number, part.Year, part.IssueDate, part.Summary,
            part.Cover.FirstPath, part.Cover.FirstText, part.Pdf.FirstPath,
            articles.Select(a => new BulletinArticle(a.DisplayText, ContentRoutes.UrlOf(a))).ToList());
        return new ContentDisplay("/Views/Display/Bulletin.cshtml", view, item.DisplayText, part.Summary, part.Cover.FirstPath);
    }
}
