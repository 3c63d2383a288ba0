using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Localization;
using Usta.Admin.Settings;
using Usta.Users;
using UstaOrchard.Core.Settings;

namespace Usta.Admin.Areas.Usta.Admin.Pages.Admin.Settings;

/// <summary>The general tab: site name, description, base URL, time zone, page size.</summary>
[Authorize(Policy = Permissions.ManageSettings)]
public sealed class IndexModel(SiteService site, SettingsTabSaver saver, SiteTimeZones zones, IConfiguration configuration,
    IStringLocalizer<AdminStartup> S) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<TimeZoneChoice> TimeZones { get; private set; } = [];

    /// <summary>Site:BaseUrl from configuration, which wins over the stored one.</summary>
    public string? ConfiguredBaseUrl => configuration[SiteUrls.ConfigurationKey] is { Length: > 0 } url ? url : null;

    [TempData]
    public string? Status { get; set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter the site's name.")]
        [StringLength(200, ErrorMessage = "The site's name is at most {1} characters.")]
        public string? SiteName { get; set; }

        [StringLength(500, ErrorMessage = "The description is at most {1} characters.")]
        public string? Description { get; set; }

        [StringLength(500, ErrorMessage = "The base URL is at most {1} characters.")]
        public string? BaseUrl { get; set; }

        [Required(ErrorMessage = "Choose a time zone.")]
        public string? TimeZoneId { get; set; }

        [Required(ErrorMessage = "Enter the page size.")]
        [Range(1, 100, ErrorMessage = "The page size is a whole number from {1} to {2}.")]
        public int? PageSize { get; set; }
    }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var settings = await site.GetAsync(ct);
        Input = new InputModel
        {
            SiteName = settings.SiteName,
            Description = settings.Description,
            BaseUrl = settings.BaseUrl,
            TimeZoneId = settings.TimeZoneId,
            PageSize = settings.PageSize,
        };
        TimeZones = zones.List(settings.TimeZoneId);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var current = (await site.GetAsync(ct)).TimeZoneId;
        TimeZones = zones.List(current);
        string? baseUrl = null;
        if (!string.IsNullOrWhiteSpace(Input.BaseUrl) && !SiteUrls.TryParse(Input.BaseUrl, out baseUrl))
            ModelState.AddModelError("Input.BaseUrl", S["The base URL must be an absolute address starting with https:// or http://, without '?' or '#' (for example https://example.org)."]);
        if (!string.IsNullOrEmpty(Input.TimeZoneId) && !zones.IsChoice(Input.TimeZoneId, current))
            ModelState.AddModelError("Input.TimeZoneId", S["The time zone '{0}' is not known on this server: choose one from the list.", Input.TimeZoneId]);
        if (!ModelState.IsValid) return Page();

        var changed = await saver.SaveAsync(S["General"], Fields, s =>
        {
            s.SiteName = Input.SiteName!.Trim();
            s.Description = string.IsNullOrWhiteSpace(Input.Description) ? null : Input.Description.Trim();
            s.BaseUrl = baseUrl;
            s.TimeZoneId = Input.TimeZoneId!;
            s.PageSize = Input.PageSize!.Value;
        }, ct);
        Status = changed.Count == 0 ? S["Nothing changed."] : S["Settings saved."];
        return RedirectToPage();
    }

    private static object Fields(SiteSettings s) => new { s.SiteName, s.Description, s.BaseUrl, s.TimeZoneId, s.PageSize };
}
