using Usta.Contents;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;

namespace Usta.Articles;

/// <summary>
/// One row per indexed article version: what lists sort and filter by, and what a list row shows
/// (title, path, lead, picture), so lists never load the documents with their HTML bodies.
/// </summary>
public sealed class ArticleIndex : ContentIndex
{
    public DateTime PublishedUtc { get; set; }
    public bool Featured { get; set; }
    public string Title { get; set; } = "";
    /// <summary>The Autoroute path without its leading slash; empty when the article has none.</summary>
    public string Path { get; set; } = "";
    public string? Lead { get; set; }
    public string? ImagePath { get; set; }
    public string? ImageAlt { get; set; }
}

/// <summary>One row per category of an indexed article version.</summary>
public sealed class ArticleCategoryIndex : ContentIndex
{
    public string CategoryId { get; set; } = "";
    public DateTime PublishedUtc { get; set; }
}

public sealed class ArticleIndexHandler(UstaDbContext db) : ContentIndexHandler<ArticleIndex>(db)
{
    protected override bool Concerns(string contentType) => contentType == ArticlesStartup.ContentType;

    protected override IEnumerable<ArticleIndex> Map(ContentItem item)
    {
        if (item.ContentType != ArticlesStartup.ContentType) yield break;
        var article = item.As<ArticlePart>() ?? new ArticlePart();
        yield return new ArticleIndex
        {
            PublishedUtc = ArticleDates.ListedUtc(item),
            Featured = article.Featured.Value,
            Title = Bounded(item.DisplayText, ArticlesDbModel.MaxTitleLength) ?? "",
            Path = item.As<AutoroutePart>()?.Path ?? "",
            Lead = article.Lead.Text,
            ImagePath = Bounded(article.Image.FirstPath, ArticlesDbModel.MaxImagePathLength),
            ImageAlt = article.Image.FirstText,
        };
    }

    // PostgreSQL refuses a value longer than its column; a picture path that long is not a media path anyway.
    private static string? Bounded(string? text, int length) => text is { Length: > 0 } && text.Length > length ? text[..length] : text;
}

public sealed class ArticleCategoryIndexHandler(UstaDbContext db) : ContentIndexHandler<ArticleCategoryIndex>(db)
{
    protected override bool Concerns(string contentType) => contentType == ArticlesStartup.ContentType;

    protected override IEnumerable<ArticleCategoryIndex> Map(ContentItem item)
    {
        if (item.ContentType != ArticlesStartup.ContentType) yield break;
        var categories = item.As<ArticlePart>()?.Categories.TermContentItemIds ?? [];
        foreach (var id in categories.Where(c => !string.IsNullOrWhiteSpace(c)).Distinct())
            yield return new ArticleCategoryIndex { CategoryId = id, PublishedUtc = ArticleDates.ListedUtc(item) };
    }
}

public static class ArticleDates
{
    /// <summary>The date an article is listed under: first published, else created.</summary>
    public static DateTime ListedUtc(ContentItem item)
        => item.PublishedUtc ?? item.CreatedUtc ?? item.ModifiedUtc ?? DateTime.UnixEpoch;
}
