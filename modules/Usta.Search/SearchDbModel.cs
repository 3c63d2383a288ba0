using Microsoft.EntityFrameworkCore;
using Usta.Search.Indexing;
using UstaOrchard.Core.Data;

namespace Usta.Search;

public sealed class SearchDbModel : IDbModelContributor
{
    public void Configure(ModelBuilder modelBuilder)
    {
        var task = modelBuilder.Entity<SearchIndexingTask>();
        task.ToTable("SearchIndexingTasks");
        task.HasKey(x => x.Id);
        task.Property(x => x.Id).ValueGeneratedOnAdd();
        task.Property(x => x.ContentItemId).HasMaxLength(26).IsRequired();
        task.HasIndex(x => x.CreatedUtc);

        var index = modelBuilder.Entity<SearchIndexRecord>();
        index.ToTable("SearchIndexes");
        index.HasKey(x => x.Name);
        index.Property(x => x.Name).HasMaxLength(64);
        index.Property(x => x.AnalyzerName).HasMaxLength(64).IsRequired();
        index.Property(x => x.IndexedContentTypes).HasMaxLength(4000).IsRequired();
        index.Property(x => x.RebuildRequestedBy).HasMaxLength(255);
        index.Property(x => x.Generation).IsConcurrencyToken();

        var node = modelBuilder.Entity<SearchNodeState>();
        node.ToTable("SearchNodes");
        node.HasKey(x => x.Id);
        node.Property(x => x.NodeId).HasMaxLength(64).IsRequired();
        node.Property(x => x.MachineName).HasMaxLength(255).IsRequired();
        node.Property(x => x.IndexName).HasMaxLength(64).IsRequired();
        node.HasIndex(x => new { x.NodeId, x.IndexName }).IsUnique();

        var pruning = modelBuilder.Entity<SearchTaskPruning>();
        pruning.ToTable("SearchTaskPruning");
        pruning.HasKey(x => x.Id);
        pruning.Property(x => x.Id).ValueGeneratedNever();
    }
}
