using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UstaOrchard.Core.Caching;
using UstaOrchard.Core.Settings;
using UstaOrchard.Core.Text;

namespace Usta.Articles.Areas.Usta.Articles.Pages.Home;

[PublicCache("trang")]
public sealed class IndexModel(ArticleQueries queries, SiteService site) : PageModel
{
    public const string HomeUrl = "/";

    public IReadOnlyList<ArticleSummary> Featured { get; private set; } = [];
    public ArticleList Latest { get; private set; } = null!;
    public string SiteName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "trang")] string? page, CancellationToken ct)
    {
        // "?trang=abc" or "?trang=300000000" is a page that does not exist, not page 1 again.
        if (!BoundedNumber.TryParsePage(page, out var number)) return NotFound();
        HttpContext.TagOutput(CacheTags.Type(ArticlesStartup.ContentType));
        var settings = await site.GetAsync(ct);
        Latest = await queries.LatestAsync(number, settings.ListPageSize, ct);
        if (number > Latest.PageCount) return NotFound();
        Featured = await queries.FeaturedAsync(3, ct);
        SiteName = string.IsNullOrWhiteSpace(settings.SiteName) ? settings.Get<OrganisationSettings>().NameVi : settings.SiteName;
        return Page();
    }
}
