using Microsoft.EntityFrameworkCore;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;

namespace Usta.Contents.Lists;

/// <summary>An item's place in a list (its ContainedPart), with what the list's page shows of it.</summary>
public sealed class ContainedIndex : ContentIndex
{
    public string ListContentItemId { get; set; } = "";
    public int Order { get; set; }
    public string Title { get; set; } = "";
    public string Path { get; set; } = "";
    public DateTime? PublishedUtc { get; set; }
}

/// <summary>Maps the ContainedPart of any type, so a list an Orchard recipe defines needs no code.</summary>
public sealed class ContainedIndexHandler(UstaDbContext db) : ContentIndexHandler<ContainedIndex>(db)
{
    protected override IEnumerable<ContainedIndex> Map(ContentItem item)
    {
        if (item.As<ContainedPart>() is not { ListContentItemId: { Length: > 0 and <= 26 } list } contained) yield break;
        yield return new ContainedIndex
        {
            ListContentItemId = list,
            Order = contained.Order,
            Title = item.DisplayText,
            Path = item.As<AutoroutePart>()?.Path ?? "",
            PublishedUtc = item.PublishedUtc,
        };
    }
}

public sealed class ListsDbModel : IDbModelContributor
{
    public void Configure(ModelBuilder modelBuilder)
    {
        var contained = modelBuilder.ContentIndexTable<ContainedIndex>("ContainedIndex");
        contained.Property(x => x.ListContentItemId).HasMaxLength(26).IsRequired();
        contained.Property(x => x.Title).HasMaxLength(1024);
        contained.Property(x => x.Path).HasMaxLength(AutoroutePartHandler.MaxPathLength);
        // A list's page: its published items, newest first.
        contained.HasIndex(x => new { x.ListContentItemId, x.Published, x.PublishedUtc });
    }
}
