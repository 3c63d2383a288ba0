using Microsoft.EntityFrameworkCore;
using UstaOrchard.Core.Data;

namespace Usta.Visits.Storage;

public sealed class VisitsDbModel : IDbModelContributor
{
    public void Configure(ModelBuilder modelBuilder)
    {
        var day = modelBuilder.Entity<VisitDay>();
        day.ToTable(VisitStore.DaysTable);
        day.HasKey(x => x.Day);

        var article = modelBuilder.Entity<ArticleViewCount>();
        article.ToTable(VisitStore.ArticlesTable);
        article.HasKey(x => x.ContentItemId);
        article.Property(x => x.ContentItemId).HasMaxLength(26);

        var node = modelBuilder.Entity<VisitNode>();
        node.ToTable(VisitStore.NodesTable);
        node.HasKey(x => x.NodeId);
        node.Property(x => x.NodeId).HasMaxLength(64);
    }
}
