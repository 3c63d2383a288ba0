using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Usta.AuditTrail.Retention;
using Usta.Users;
using UstaOrchard.Core.Audit;
using UstaOrchard.Core.Settings;

namespace Usta.AuditTrail.Areas.Usta.AuditTrail.Pages.Admin.Settings;

/// <summary>The audit trail's settings tab: how many days its rows are kept.</summary>
[Authorize(Policy = AuditTrailPermissions.ManageAuditTrailSettings)]
public sealed class AuditTrailModel(SiteService site, IAuditTrail trail, IStringLocalizer<AuditTrailStartup> S) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct)
        => Input.RetentionDays = (await site.GetAsync(ct)).Get<AuditTrailSettings>().RetentionDays;

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        var days = Input.RetentionDays!.Value;
        await site.UpdateAsync(s => s.Put(new AuditTrailSettings { RetentionDays = days }), ct);
        await trail.RecordAsync(new AuditEvent(AuditEvents.Settings, AuditEvents.SettingsChanged)
        {
            Subject = "AuditTrail",
            Details = "RetentionDays = " + days.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, ct);
        TempData["Status"] = S["Settings saved."].Value;
        return RedirectToPage();
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter how many days to keep the audit trail.")]
        [Range(AuditTrailSettings.MinRetentionDays, AuditTrailSettings.MaxRetentionDays, ErrorMessage = "Keep the audit trail between 1 and 3650 days.")]
        public int? RetentionDays { get; set; }
    }
}
