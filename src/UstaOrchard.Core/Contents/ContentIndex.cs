using Microsoft.EntityFrameworkCore;
using UstaOrchard.Core.Data;

namespace UstaOrchard.Core.Contents;

/// <summary>
/// A row of a module's index table (Orchard's map index). Rows exist for the latest and the
/// published version of an item only, flagged as such, so lists query this table, never JSON.
/// </summary>
public abstract class ContentIndex
{
    public int Id { get; set; }
    public string ContentItemId { get; set; } = "";
    public string ContentItemVersionId { get; set; } = "";
    public bool Latest { get; set; }
    public bool Published { get; set; }
}

/// <summary>
/// Keeps one index table current: after every change to an item's versions it drops the item's rows
/// and maps its latest and published versions again.
/// </summary>
public abstract class ContentIndexHandler<TIndex>(UstaDbContext db) : IContentHandler where TIndex : ContentIndex
{
    protected UstaDbContext Db { get; } = db;

    /// <summary>The rows for one version; none when the item is not of interest to this index.</summary>
    protected abstract IEnumerable<TIndex> Map(ContentItem item);

    public async Task ChangedAsync(ContentContext context)
    {
        var ct = context.CancellationToken;
        var id = context.ContentItem.ContentItemId;
        var stale = await Db.Set<TIndex>().Where(x => x.ContentItemId == id).ToListAsync(ct);
        Db.Set<TIndex>().RemoveRange(stale);

        var versions = await Db.ContentItems.Where(x => x.ContentItemId == id && (x.Latest || x.Published)).ToListAsync(ct);
        foreach (var version in versions)
        {
            foreach (var row in Map(version))
            {
                row.ContentItemId = version.ContentItemId;
                row.ContentItemVersionId = version.ContentItemVersionId;
                row.Latest = version.Latest;
                row.Published = version.Published;
                Db.Set<TIndex>().Add(row);
            }
        }
        await Db.SaveChangesAsync(ct);
    }
}

public static class ContentIndexModel
{
    /// <summary>Maps a module's index table with the columns and the lookup index every content index has.</summary>
    public static Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<TIndex> ContentIndexTable<TIndex>(
        this ModelBuilder modelBuilder, string table) where TIndex : ContentIndex
    {
        var index = modelBuilder.Entity<TIndex>();
        index.ToTable(table);
        index.HasKey(x => x.Id);
        index.Property(x => x.ContentItemId).HasMaxLength(26).IsRequired();
        index.Property(x => x.ContentItemVersionId).HasMaxLength(26).IsRequired();
        index.HasIndex(x => x.ContentItemId);
        return index;
    }
}
