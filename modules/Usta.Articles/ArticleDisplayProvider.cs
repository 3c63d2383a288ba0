using Usta.Articles.Reader;
using Usta.Contents;
using Usta.Media;
using Microsoft.AspNetCore.Http;
using UstaOrchard.Core.Caching;
using UstaOrchard.Core.Data;
using UstaOrchard.Core.Settings;

namespace Usta.Articles;

public sealed record CategoryLink(string Title, string Url);

public sealed record ArticleView(string ContentItemId, string Title, string Url, DateTime UpdatedLocal, string? Lead, string BodyHtml,
    string? ImagePath, string? ImageAlt, string? ImageCaption, string? Byline, IReadOnlyList<CategoryLink> Categories, IReadOnlyList<ArticleSummary> Related, ReaderExtras Extras);

public sealed class ArticleDisplayProvider(PublishedCategories published, SiteClock clock, ArticleQueries queries, MediaBodyImages bodyImages, MediaUrls urls,
    ReaderExtrasBuilder extras, IHttpContextAccessor http) : IContentDisplayProvider
{
    public string ContentType => ArticlesStartup.ContentType;

    public async Task<ContentDisplay?> BuildAsync(ContentDisplayContext context)
    {
        var (item, _, ct) = context;
        var article = item.As<ArticlePart>() ?? new ArticlePart();
        var categoryIds = article.Categories.TermContentItemIds;
        var articleCategories = (await published.GetAsync(ct)).Where(c => categoryIds.Contains(c.ContentItemId)).ToList();
        var categories = articleCategories.Select(c => new CategoryLink(c.Title, c.Url)).ToList();
        // Its categories' links and "other news" from them (or from all articles when it has none); the
        // breadcrumb's parent categories. Nothing else, and nothing per reader: the item page may keep it.
        List<string> shows = [.. categoryIds.Select(CacheTags.Category), CacheTags.Type(ContentTypes.Category)];
        if (categoryIds.Count == 0) shows.Add(CacheTags.Type(ArticlesStartup.ContentType));
        foreach (var tag in shows) http.HttpContext?.TagOutput(tag);
        var related = await queries.AroundAsync(item.ContentItemId, ArticleDates.ListedUtc(item),
            categoryIds.Where(c => !string.IsNullOrWhiteSpace(c)).Distinct().ToList(), 5, ct);

        var body = item.As<HtmlBodyPart>()?.Html ?? "";
        // The article's picture heads the page unless the body already shows it (with its caption
        // where the text refers to it); lists and Open Graph use it either way.
        var image = article.Image.FirstPath;
        var headImage = image is not null && !ShowsInBody(body, urls.Url(image)) ? image : null;
        var view = new ArticleView(item.ContentItemId, item.DisplayText, ContentRoutes.UrlOf(item),
            await clock.ToLocalAsync(item.ModifiedUtc ?? ArticleDates.ListedUtc(item), ct),
            article.Lead.Text, await bodyImages.EnhanceAsync(body, ct), headImage, article.Image.FirstText, article.Image.FirstCaption,
            article.Byline.Text, categories,
            related,
            await extras.ForArticleAsync(item, articleCategories.FirstOrDefault()?.ContentItemId, ct));
        return new ContentDisplay("/Views/Display/Article.cshtml", view, item.DisplayText, article.Lead.Text, article.Image.FirstPath,
            ImageAlt: article.Image.FirstText, PublishedUtc: ArticleDates.ListedUtc(item), KeptUnder: shows);
    }

    private static bool ShowsInBody(string body, string? url)
        => url is not null && (body.Contains($"\"{url}\"", StringComparison.Ordinal) || body.Contains($"\"{url}?", StringComparison.Ordinal)
                               || body.Contains($"'{url}'", StringComparison.Ordinal));
}

public sealed record CategoryView(string Title, string? Description, string Url, IReadOnlyList<CategoryLink> Children, ArticleList Articles,
    ReaderExtras Extras);

/// <summary>A category's page: its articles and those of its sub-categories, newest first, paged.</summary>
public sealed class CategoryDisplayProvider(PublishedCategories published, ArticleQueries queries, SiteService site, ReaderExtrasBuilder extras, IHttpContextAccessor http) : IContentDisplayProvider
{
    public string ContentType => ContentTypes.Category;

    public async Task<ContentDisplay?> BuildAsync(ContentDisplayContext context)
    {
        var (item, page, ct) = context;
        var settings = await site.GetAsync(ct);
        var ids = await queries.CategoryWithChildrenAsync(item.ContentItemId, ct);
        // Its articles and its sub-categories' (and their links).
        foreach (var id in ids) http.HttpContext?.TagOutput(CacheTags.Category(id));
        var articles = await queries.InCategoriesAsync(ids, page, settings.ListPageSize, ct);
        if (page > articles.PageCount) return null;
        var description = item.As<CategoryPart>()?.Description;
        var children = (await published.GetAsync(ct)).Where(c => c.ParentId == item.ContentItemId)
            .Select(c => new CategoryLink(c.Title, c.Url)).ToList();
        return new ContentDisplay("/Views/Display/Category.cshtml",
            new CategoryView(item.DisplayText, description, ContentRoutes.UrlOf(item), children, articles,
                await extras.ForCategoryAsync(item, ct)), item.DisplayText, description, OgType: "website", Paged: true,
            FeedUrl: Feeds.FeedEndpoints.CategoryFeedUrl(ContentRoutes.UrlOf(item)));
    }
}
