using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;

namespace Usta.Contents;

public sealed class LinkIndex : ContentIndex
{
    public string Title { get; set; } = "";
    public string Url { get; set; } = "";
    public string Group { get; set; } = "";
    public int Order { get; set; }
}

public sealed class LinkIndexHandler(UstaDbContext db) : ContentIndexHandler<LinkIndex>(db)
{
    protected override bool Concerns(string contentType) => contentType == ContentTypes.Link;

    protected override IEnumerable<LinkIndex> Map(ContentItem item)
    {
        var link = item.As<LinkPart>();
        // Only the index feeds the public list: a script URL from a recipe or an import never becomes an href.
        if (item.ContentType != ContentTypes.Link || link is null || !SafeUrl.IsAllowed(link.Url, allowRelative: true)) yield break;
        yield return new LinkIndex { Title = item.DisplayText, Url = link.Url!, Group = link.Group ?? "", Order = link.Order };
    }
}
