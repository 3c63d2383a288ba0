using Microsoft.EntityFrameworkCore;
using UstaOrchard.Core.Data;

namespace UstaOrchard.Core.Contents;

/// <summary>
/// A row of a table that content handlers derive from the stored items (in <c>ChangedAsync</c>), so it
/// can be rebuilt from them: the start rebuilds such a table when it is new on a site that has items.
/// <see cref="ContentIndex"/> rows are; a module's own one-row-per-item table implements this too.
/// </summary>
public interface IContentIndexRow;

/// <summary>
/// A row of a module's index table (Orchard's map index). Rows exist for the latest and the
/// published version of an item only, flagged as such, so lists query this table, never JSON.
/// </summary>
public abstract class ContentIndex : IContentIndexRow
{
    public int Id { get; set; }
    public string ContentItemId { get; set; } = "";
    public string ContentItemVersionId { get; set; } = "";
    public bool Latest { get; set; }
    public bool Published { get; set; }
}

/// <summary>
/// Keeps one index table current: after every change to an item's versions it drops the item's rows
/// and maps its latest and published versions again. The rows are added to the unit of work; the
/// content manager saves them with every other handler's in one round trip.
/// </summary>
public abstract class ContentIndexHandler<TIndex>(UstaDbContext db) : IContentHandler where TIndex : ContentIndex
{
    protected UstaDbContext Db { get; } = db;

    /// <summary>
    /// Whether items of this type can have rows in this table. A type it does not concern costs no
    /// statement at all on save (an article save does not touch the link index).
    /// </summary>
    protected virtual bool Concerns(string contentType) => true;

    /// <summary>The rows for one version; none when the item is not of interest to this index.</summary>
    protected abstract IEnumerable<TIndex> Map(ContentItem item);

    public async Task ChangedAsync(ContentContext context)
    {
        var item = context.ContentItem;
        if (!Concerns(item.ContentType)) return;
        // A new item has no rows to drop; an existing one drops them in one statement, without loading them.
        if (!context.IsNewItem)
        {
            // Rows this context still tracks would clash with new rows that SQLite gives the same ids.
            foreach (var tracked in Db.ChangeTracker.Entries<TIndex>().Where(e => e.Entity.ContentItemId == item.ContentItemId).ToList())
                tracked.State = EntityState.Detached;
            await Db.Set<TIndex>().Where(x => x.ContentItemId == item.ContentItemId).ExecuteDeleteAsync(context.CancellationToken);
        }

        foreach (var version in await context.IndexedVersionsAsync())
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
