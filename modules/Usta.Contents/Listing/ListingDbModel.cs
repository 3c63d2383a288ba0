using Microsoft.EntityFrameworkCore;
using UstaOrchard.Core.Data;

namespace Usta.Contents.Listing;

/// <summary>The content list's tables, with an SQL index for each filter and sort the list offers.</summary>
public sealed class ListingDbModel : IDbModelContributor
{
    public void Configure(ModelBuilder modelBuilder)
    {
        var list = modelBuilder.Entity<ContentListIndex>();
        list.ToTable("ContentListIndex");
        list.HasKey(x => x.Id);
        list.Property(x => x.ContentItemId).HasMaxLength(26).IsRequired();
        list.Property(x => x.ContentType).HasMaxLength(255).IsRequired();
        list.Property(x => x.DisplayText).HasMaxLength(1024);
        list.Property(x => x.FoldedTitle).HasMaxLength(1024);
        list.Property(x => x.Owner).HasMaxLength(255);
        list.Property(x => x.Author).HasMaxLength(255);
        list.Property(x => x.LatestVersionId).HasMaxLength(26);
        list.HasIndex(x => x.ContentItemId).IsUnique();
        list.HasIndex(x => new { x.ContentType, x.ModifiedUtc });
        list.HasIndex(x => new { x.ContentType, x.PublishedUtc });
        list.HasIndex(x => x.ModifiedUtc);
        list.HasIndex(x => new { x.HasPublished, x.PublishedUtc });
        list.HasIndex(x => x.FoldedTitle);
        // One type's list in the order of its sort: "published" puts items not on the site last.
        list.HasIndex(x => new { x.ContentType, x.HasPublished, x.PublishedUtc });
        list.HasIndex(x => new { x.ContentType, x.FoldedTitle });
        list.HasIndex(x => new { x.Owner, x.ModifiedUtc });
        list.HasIndex(x => x.RemovedUtc);

        var terms = modelBuilder.Entity<ContentTermIndex>();
        terms.ToTable("ContentTermIndex");
        terms.HasKey(x => x.Id);
        terms.Property(x => x.ContentItemId).HasMaxLength(26).IsRequired();
        terms.Property(x => x.TermContentItemId).HasMaxLength(26).IsRequired();
        terms.HasIndex(x => new { x.TermContentItemId, x.ContentItemId });
        terms.HasIndex(x => x.ContentItemId);
    }
}
