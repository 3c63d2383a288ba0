using Microsoft.EntityFrameworkCore;
using Usta.Contents;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;

namespace Usta.Articles;

public sealed class ArticlesDbModel : IDbModelContributor
{
    public const int MaxTitleLength = 1024;
    public const int MaxImagePathLength = 1024;

    // Lists order by (date, item id), newest first: the item id (not the row id, which changes when an
    // edit rewrites the rows) breaks ties the same way on every page, so paging never repeats or skips.
    // Short names: PostgreSQL cuts identifiers at 63 bytes, and the cut name would never match the model's.
    public const string ArticleListIndex = "IX_ArticleIndex_List";
    public const string CategoryListIndex = "IX_ArticleCategoryIndex_List";

    public void Configure(ModelBuilder modelBuilder)
    {
        var article = modelBuilder.ContentIndexTable<ArticleIndex>("ArticleIndex");
        article.Property(x => x.Title).HasMaxLength(MaxTitleLength).IsRequired();
        article.Property(x => x.Path).HasMaxLength(AutoroutePartHandler.MaxPathLength).IsRequired();
        article.Property(x => x.ImagePath).HasMaxLength(MaxImagePathLength);
        article.HasIndex(x => new { x.Published, x.PublishedUtc, x.ContentItemId }, ArticleListIndex);
        article.HasIndex(x => new { x.Published, x.Featured, x.PublishedUtc });

        var category = modelBuilder.ContentIndexTable<ArticleCategoryIndex>("ArticleCategoryIndex");
        category.Property(x => x.CategoryId).HasMaxLength(26);
        category.HasIndex(x => new { x.CategoryId, x.Published, x.PublishedUtc, x.ContentItemId }, CategoryListIndex);
    }
}
