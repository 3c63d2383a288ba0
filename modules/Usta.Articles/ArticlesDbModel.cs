using Microsoft.EntityFrameworkCore;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;

namespace Usta.Articles;

public sealed class ArticlesDbModel : IDbModelContributor
{
    public void Configure(ModelBuilder modelBuilder)
    {
        var article = modelBuilder.ContentIndexTable<ArticleIndex>("ArticleIndex");
        article.HasIndex(x => new { x.Published, x.PublishedUtc });
        article.HasIndex(x => new { x.Published, x.Featured, x.PublishedUtc });

        var category = modelBuilder.ContentIndexTable<ArticleCategoryIndex>("ArticleCategoryIndex");
        category.Property(x => x.CategoryId).HasMaxLength(26);
        category.HasIndex(x => new { x.CategoryId, x.Published, x.PublishedUtc });
    }
}
