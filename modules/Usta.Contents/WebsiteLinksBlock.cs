using Microsoft.AspNetCore.Http;
using UstaOrchard.Core.Caching;

namespace Usta.Contents;

/// <summary>"Liên Kết Website" reads nothing from the request: one HTML, kept until a link or a group changes (its data's tags).</summary>
public sealed class WebsiteLinksBlock : IKeptBlock
{
    private static readonly KeptBlockKey Key = new("", [CacheTags.Type(ContentTypes.Link), CacheTags.Type(ContentTypes.LinkGroup)]);

    public string Component => "WebsiteLinks";

    public ValueTask<KeptBlockKey?> KeyAsync(HttpContext context) => ValueTask.FromResult<KeptBlockKey?>(Key);
}
