using Microsoft.AspNetCore.Mvc;

namespace Usta.Bulletins;

/// <summary>The sidebar's "Bản tin" box: the newest issues and the way to all of them.</summary>
public sealed class LatestBulletinsViewComponent(BulletinQueries queries) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
        => View(await queries.IssuesAsync(null, 4, HttpContext.RequestAborted));
}
