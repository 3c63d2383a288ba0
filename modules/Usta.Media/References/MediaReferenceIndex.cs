using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;

namespace Usta.Media.References;

/// <summary>One media path used by the latest or the published version of a content item.</summary>
public sealed class MediaReferenceIndex : ContentIndex
{
    public string Path { get; set; } = "";
}

/// <summary>Keeps the references of every item's latest and published versions: what rename, move and delete consult.</summary>
public sealed class MediaReferenceHandler(UstaDbContext db) : ContentIndexHandler<MediaReferenceIndex>(db), IContentHandler
{
    protected override IEnumerable<MediaReferenceIndex> Map(ContentItem item)
        => MediaReferences.Find(item.Content).Select(path => new MediaReferenceIndex { Path = path });
}
