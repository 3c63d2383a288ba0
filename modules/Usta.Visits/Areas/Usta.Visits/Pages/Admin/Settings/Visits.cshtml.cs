using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Usta.Users;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Settings;

namespace Usta.Visits.Areas.Usta.Visits.Pages.Admin.Settings;

/// <summary>The visitor counter tab: on or off (off: nothing counted, nothing shown), and the old site's total.</summary>
[Authorize(Policy = Permissions.ManageSettings)]
public sealed class VisitsModel(SiteService site, SettingsTabSaver saver, VisitSettingsCheck check, IStringLocalizer<VisitsStartup> S) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [TempData]
    public string? Status { get; set; }

    public sealed class InputModel
    {
        public bool Enabled { get; set; }

        [Required(ErrorMessage = "Enter the visits counted before this site (0 if none).")]
        [Range(0, long.MaxValue / 2, ErrorMessage = "The earlier visits are a whole number, 0 or more.")]
        public long? InitialTotal { get; set; }
    }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var visits = (await site.GetAsync(ct)).Get<VisitSettings>();
        Input = new InputModel { Enabled = visits.Enabled, InitialTotal = visits.InitialTotal };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        var section = new VisitSettings { Enabled = Input.Enabled, InitialTotal = Input.InitialTotal!.Value };
        // The same rule as a recipe's VisitSettings.
        if (await check.CheckAsync(JsonSerializer.SerializeToNode(section, ContentJson.Options), ct) is { } problem)
        {
            ModelState.AddModelError("", problem);
            return Page();
        }

        var changed = await saver.SaveAsync(S["Visitor counter"], s => s.Get<VisitSettings>(), s => s.Put(section), ct);
        Status = changed.Count == 0 ? S["Nothing changed."] : S["Settings saved."];
        return RedirectToPage();
    }
}
