using Microsoft.EntityFrameworkCore;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;
using Usta.Contents.Review;
using Usta.Contents.Scheduling;
using Usta.Contents.Versions;

namespace Usta.Contents;

public sealed class ContentsDbModel : IDbModelContributor
{
    public void Configure(ModelBuilder modelBuilder)
    {
        var autoroute = modelBuilder.ContentIndexTable<AutorouteIndex>("AutorouteIndex");
        autoroute.Property(x => x.Path).HasMaxLength(AutoroutePartHandler.MaxPathLength);
        autoroute.Property(x => x.ContentType).HasMaxLength(255);
        autoroute.HasIndex(x => new { x.Path, x.Published });
        // One item per path among published versions and one among latest versions, even for two saves at the same moment.
        // Named: EF keeps one unnamed index per column list, so the second would replace the first.
        autoroute.HasIndex(x => x.Path, "UX_AutorouteIndex_Path_Published").IsUnique().HasFilter("\"Published\"");
        autoroute.HasIndex(x => x.Path, "UX_AutorouteIndex_Path_Latest").IsUnique().HasFilter("\"Latest\"");

        var redirect = modelBuilder.Entity<Redirects.AutorouteRedirect>();
        redirect.ToTable("AutorouteRedirects");
        redirect.HasKey(x => x.Id);
        redirect.Property(x => x.Path).HasMaxLength(AutoroutePartHandler.MaxPathLength).IsRequired();
        redirect.Property(x => x.ContentItemId).HasMaxLength(26).IsRequired();
        redirect.HasIndex(x => x.Path).IsUnique();
        redirect.HasIndex(x => x.ContentItemId);

        var category = modelBuilder.ContentIndexTable<CategoryIndex>("CategoryIndex");
        category.Property(x => x.Title).HasMaxLength(1024);
        category.Property(x => x.Path).HasMaxLength(AutoroutePartHandler.MaxPathLength);
        category.Property(x => x.ParentContentItemId).HasMaxLength(26);
        category.HasIndex(x => new { x.Published, x.Order });

        var link = modelBuilder.ContentIndexTable<LinkIndex>("LinkIndex");
        link.Property(x => x.Title).HasMaxLength(1024);
        link.Property(x => x.Url).HasMaxLength(2048);
        link.Property(x => x.Group).HasMaxLength(255);
        link.HasIndex(x => new { x.Published, x.Group, x.Order });

        var scheduled = modelBuilder.Entity<ScheduledPublicationRecord>();
        scheduled.ToTable("ScheduledPublications");
        scheduled.HasKey(x => x.Id);
        scheduled.Property(x => x.ContentItemId).HasMaxLength(26).IsRequired();
        scheduled.Property(x => x.ContentType).HasMaxLength(255).IsRequired();
        scheduled.Property(x => x.ContentItemVersionId).HasMaxLength(26).IsRequired();
        scheduled.Property(x => x.ScheduledBy).HasMaxLength(255);
        scheduled.HasIndex(x => x.ContentItemId).IsUnique();
        scheduled.HasIndex(x => x.PublishUtc);
    
        var review = modelBuilder.Entity<ContentReviewRecord>();
        review.ToTable("ContentReviews");
        review.HasKey(x => x.Id);
        review.Property(x => x.ContentItemId).HasMaxLength(26).IsRequired();
        review.Property(x => x.ContentType).HasMaxLength(255).IsRequired();
        review.Property(x => x.SubmittedBy).HasMaxLength(255);
        review.HasIndex(x => x.ContentItemId).IsUnique();
        review.HasIndex(x => x.SubmittedUtc);

        var publication = modelBuilder.Entity<ContentPublicationRecord>();
        publication.ToTable("ContentPublications");
        publication.HasKey(x => x.Id);
        publication.Property(x => x.ContentItemId).HasMaxLength(26).IsRequired();
        publication.Property(x => x.ContentItemVersionId).HasMaxLength(26).IsRequired();
        publication.HasIndex(x => new { x.ContentItemId, x.UnpublishedUtc });
        // The dashboard's "recently published": open intervals, newest first.
        publication.HasIndex(x => new { x.UnpublishedUtc, x.PublishedUtc });
    }
}
