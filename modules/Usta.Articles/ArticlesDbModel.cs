using Microsoft.EntityFrameworkCore;
using UstaOrchard.Core.Data;

namespace Usta.Articles;

public sealed class ArticlesDbModel : IDbModelContributor
{
    public void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ArticleIndex>(index =>
        {
            index.ToTable("ArticleIndex");
            index.Property(x => x.ContentItemId).HasMaxLength(26);
            index.Property(x => x.ContentItemVersionId).HasMaxLength(26);
            index.HasIndex(x => new { x.Published, x.PublishedUtc });
            index.HasIndex(x => new { x.Published, x.Featured, x.PublishedUtc });
            index.HasIndex(x => x.ContentItemId);
        });
        modelBuilder.Entity<ArticleCategoryIndex>(index =>
        {
            index.ToTable("ArticleCategoryIndex");
            index.Property(x => x.ContentItemId).HasMaxLength(26);
            index.Property(x => x.ContentItemVersionId).HasMaxLength(26);
            index.Property(x => x.CategoryId).HasMaxLength(26);
            index.HasIndex(x => new { x.CategoryId, x.Published, x.PublishedUtc });
            index.HasIndex(x => x.ContentItemId);
        });
    }
}
