using Microsoft.AspNetCore.Mvc;
using UstaOrchard.Core.Settings;

namespace Usta.Theme;

public sealed record SiteFooterView(string SiteName, OrganisationSettings Organisation, bool SignedIn);

/// <summary>The footer: the organisation's names, people responsible and contacts, all from site settings.</summary>
public sealed class SiteFooterViewComponent(SiteService site) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var settings = await site.GetAsync(HttpContext.RequestAborted);
        return View(new SiteFooterView(settings.SiteName, settings.Get<OrganisationSettings>(), User.Identity?.IsAuthenticated == true));
    }
}
