using Microsoft.AspNetCore.Http;
using UstaOrchard.Core.Caching;

namespace Usta.Bulletins;

/// <summary>"Bản tin" reads nothing from the request: one HTML, kept until a bulletin changes (its data's tag).</summary>
public sealed class LatestBulletinsBlock : IKeptBlock
{
    private static readonly KeptBlockKey Key = new("", [CacheTags.Type(BulletinsStartup.ContentType)]);

    public string Component => "LatestBulletins";

    public ValueTask<KeptBlockKey?> KeyAsync(HttpContext context) => ValueTask.FromResult<KeptBlockKey?>(Key);
}
