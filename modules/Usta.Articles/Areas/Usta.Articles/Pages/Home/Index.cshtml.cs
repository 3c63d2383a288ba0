using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UstaOrchard.Core.Settings;

namespace Usta.Articles.Areas.Usta.Articles.Pages.Home;

public sealed class IndexModel(ArticleQueries queries, SiteService site) : PageModel
{
    public const string HomeUrl = "/";

    public IReadOnlyList<ArticleSummary> Featured { get; private set; } = [];
    public ArticleList Latest { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "trang")] int page, CancellationToken ct)
    {
        page = Math.Max(page, 1);
        var settings = await site.GetAsync(ct);
        Latest = await queries.LatestAsync(page, settings.PageSize, ct);
        if (page > Latest.PageCount) return NotFound();
        Featured = await queries.FeaturedAsync(3, ct);
        return Page();
    }
}
