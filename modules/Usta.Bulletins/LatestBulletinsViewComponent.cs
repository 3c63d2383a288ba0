using Microsoft.AspNetCore.Mvc;
using UstaOrchard.Core.Caching;

namespace Usta.Bulletins;

/// <summary>The sidebar's "Bản tin" box: the newest issues and the way to all of them.</summary>
public sealed class LatestBulletinsViewComponent(BulletinQueries queries, TaggedMemoryCache cache) : ViewComponent
{
    // On every page: read once and kept until a bulletin changes.
    public async Task<IViewComponentResult> InvokeAsync()
        => View(await cache.GetOrCreateAsync("bulletins:latest", [CacheTags.Type(BulletinsStartup.ContentType)],
            ct => queries.IssuesAsync(null, 4, ct), HttpContext.RequestAborted));
}
