using Microsoft.EntityFrameworkCore;
using UstaOrchard.Core.Data;

namespace Usta.Recipes.History;

/// <summary>The history table; the site creates it at start when missing (SchemaManager), so it needs no data migration yet.</summary>
public sealed class RecipesDbModel : IDbModelContributor
{
    public const string Table = "RecipeHistory";
    public const int MaxNameLength = 256;
    public const int MaxTextLength = 4000;
    // Short name: PostgreSQL cuts identifiers at 63 bytes.
    public const string TimeIndex = "IX_RecipeHistory_Utc";

    public void Configure(ModelBuilder modelBuilder)
    {
        var row = modelBuilder.Entity<RecipeHistoryRecord>();
        row.ToTable(Table);
        row.HasKey(x => x.Id);
        row.Property(x => x.Action).HasMaxLength(16).IsRequired();
        row.Property(x => x.RecipeName).HasMaxLength(MaxNameLength).IsRequired();
        row.Property(x => x.UserName).HasMaxLength(MaxNameLength);
        row.Property(x => x.RemoteAddress).HasMaxLength(64);
        row.Property(x => x.Summary).HasMaxLength(MaxTextLength).IsRequired();
        row.Property(x => x.Failure).HasMaxLength(MaxTextLength);
        // The page lists newest first; the id breaks ties so that paging never repeats or skips a row.
        row.HasIndex(x => new { x.Utc, x.Id }, TimeIndex);
    }
}
