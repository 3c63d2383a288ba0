using Microsoft.EntityFrameworkCore;
using UstaOrchard.Core.Data;

namespace UstaOrchard.Core.Caching;

/// <summary>
/// One change's cache tags, written in the transaction of the change: every node's
/// <see cref="CacheFeedFollower"/> reads the rows after its cursor and evicts their tags, so a change
/// made by another node or by the <c>recipe apply</c> verb reaches every node's caches.
/// </summary>
public sealed class CacheChange
{
    public long Id { get; set; }
    /// <summary>The tags, one a line.</summary>
    public string Tags { get; set; } = "";
    public DateTime CreatedUtc { get; set; }

    public IReadOnlyList<string> TagList => Tags.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// Adds a row with <paramref name="tags"/> to <paramref name="db"/>'s unit of work: saved with the
    /// change, evicted here once the transaction commits (<see cref="CacheFeedInterceptor"/>).
    /// </summary>
    public static void Add(UstaDbContext db, IEnumerable<string> tags, DateTime nowUtc)
    {
        var text = string.Join('\n', tags.Where(t => !string.IsNullOrEmpty(t)).Distinct(StringComparer.Ordinal));
        if (text.Length == 0) return;
        db.Add(new CacheChange { Tags = text, CreatedUtc = nowUtc });
    }
}

public sealed class CacheDbModel : IDbModelContributor
{
    public void Configure(ModelBuilder modelBuilder)
    {
        var change = modelBuilder.Entity<CacheChange>();
        change.ToTable("CacheChanges");
        change.HasKey(x => x.Id);
        change.Property(x => x.Id).ValueGeneratedOnAdd();
        change.Property(x => x.Tags).IsRequired();
        change.Ignore(x => x.TagList);
        change.HasIndex(x => x.CreatedUtc);
    }
}
