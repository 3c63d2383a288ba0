using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;

namespace Usta.Articles;

/// <summary>One row per indexed article version: what lists sort and filter by.</summary>
public sealed class ArticleIndex : ContentIndex
{
    public DateTime PublishedUtc { get; set; }
    public bool Featured { get; set; }
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
        yield return new ArticleIndex
        {
            PublishedUtc = ArticleDates.ListedUtc(item),
            Featured = item.As<ArticlePart>()?.Featured.Value ?? false,
        };
    }
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
