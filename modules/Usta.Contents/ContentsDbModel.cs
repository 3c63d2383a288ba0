using Microsoft.EntityFrameworkCore;
using UstaOrchard.Core.Data;

namespace Usta.Contents;

public sealed class ContentsDbModel : IDbModelContributor
{
    public void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AutorouteIndex>(index =>
        {
            index.ToTable("AutorouteIndex");
            index.Property(x => x.ContentItemId).HasMaxLength(26);
            index.Property(x => x.ContentItemVersionId).HasMaxLength(26);
            index.Property(x => x.Path).HasMaxLength(AutoroutePartHandler.MaxPathLength);
            index.Property(x => x.ContentType).HasMaxLength(255);
            index.HasIndex(x => new { x.Path, x.Published });
            index.HasIndex(x => x.ContentItemId);
        });
        modelBuilder.Entity<CategoryIndex>(index =>
        {
            index.ToTable("CategoryIndex");
            index.Property(x => x.ContentItemId).HasMaxLength(26);
            index.Property(x => x.ContentItemVersionId).HasMaxLength(26);
            index.Property(x => x.Title).HasMaxLength(1024);
            index.Property(x => x.Path).HasMaxLength(AutoroutePartHandler.MaxPathLength);
            index.Property(x => x.ParentContentItemId).HasMaxLength(26);
            index.HasIndex(x => new { x.Published, x.Order });
            index.HasIndex(x => x.ContentItemId);
        });
        modelBuilder.Entity<LinkIndex>(index =>
        {
            index.ToTable("LinkIndex");
            index.Property(x => x.ContentItemId).HasMaxLength(26);
            index.Property(x => x.ContentItemVersionId).HasMaxLength(26);
            index.Property(x => x.Title).HasMaxLength(1024);
            index.Property(x => x.Url).HasMaxLength(2048);
            index.Property(x => x.Group).HasMaxLength(255);
            index.HasIndex(x => new { x.Published, x.Group, x.Order });
            index.HasIndex(x => x.ContentItemId);
        });
    }
}
