using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Usta.Admin.Settings;
using Usta.Users;
using UstaOrchard.Core.Settings;

namespace Usta.Admin.Areas.Usta.Admin.Pages.Admin.Settings;

/// <summary>The organisation tab: what the footer of every public page says.</summary>
[Authorize(Policy = Permissions.ManageSettings)]
public sealed class OrganisationModel(SiteService site, SettingsTabSaver saver, IStringLocalizer<AdminStartup> S) : PageModel
{
    [BindProperty]
    public OrganisationInput Input { get; set; } = new();

    [TempData]
    public string? Status { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
        => Input = OrganisationInput.From((await site.GetAsync(ct)).Get<OrganisationSettings>());

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        foreach (var (field, message) in Input.Check(S)) ModelState.AddModelError("Input." + field, message);
        if (!ModelState.IsValid) return Page();

        var changed = await saver.SaveAsync(S["Organisation"], s => s.Get<OrganisationSettings>(), s =>
        {
            var organisation = s.Get<OrganisationSettings>();
            Input.ApplyTo(organisation);
            s.Put(organisation);
        }, ct);
        Status = changed.Count == 0 ? S["Nothing changed."] : S["Settings saved."];
        return RedirectToPage();
    }
}
