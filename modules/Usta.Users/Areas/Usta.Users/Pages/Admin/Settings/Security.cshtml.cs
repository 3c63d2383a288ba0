using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using UstaOrchard.Core.Settings;

namespace Usta.Users.Areas.Usta.Users.Pages.Admin.Settings;

/// <summary>The settings tab of sign-in rules: password length, common passwords, two-factor for administrators.</summary>
[Authorize(Policy = Permissions.ManageSettings)]
public sealed class SecurityModel(SiteService site, SettingsTabSaver saver, IStringLocalizer<UsersStartup> S) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [TempData]
    public string? Status { get; set; }

    public sealed class InputModel
    {
        [Range(UserSecuritySettings.LowestMinimumPasswordLength, UserSecuritySettings.HighestMinimumPasswordLength,
            ErrorMessage = "The minimum length must be a whole number from {1} to {2}.")]
        public int MinimumPasswordLength { get; set; } = UserSecuritySettings.DefaultMinimumPasswordLength;

        public bool RefuseCommonPasswords { get; set; }

        public bool RequireTwoFactorForAdministrators { get; set; }
    }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var settings = (await site.GetAsync(ct)).Get<UserSecuritySettings>();
        Input = new InputModel
        {
            MinimumPasswordLength = settings.EffectiveMinimumPasswordLength,
            RefuseCommonPasswords = settings.RefuseCommonPasswords,
            RequireTwoFactorForAdministrators = settings.RequireTwoFactorForAdministrators,
        };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // A number that does not bind ("abc", "1e9") gets the same message as one out of range.
        if (ModelState.GetFieldValidationState("Input.MinimumPasswordLength") == Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
        {
            ModelState.Remove("Input.MinimumPasswordLength");
            ModelState.AddModelError("Input.MinimumPasswordLength", S["The minimum length must be a whole number from {0} to {1}.",
                UserSecuritySettings.LowestMinimumPasswordLength, UserSecuritySettings.HighestMinimumPasswordLength]);
        }
        if (!ModelState.IsValid) return Page();
        // Saved and audited together, and only when something changed (as every settings tab).
        await saver.SaveAsync(S["Security"], s => s.Get<UserSecuritySettings>(), s =>
        {
            var section = s.Get<UserSecuritySettings>();
            section.MinimumPasswordLength = Input.MinimumPasswordLength;
            section.RefuseCommonPasswords = Input.RefuseCommonPasswords;
            section.RequireTwoFactorForAdministrators = Input.RequireTwoFactorForAdministrators;
            s.Put(section);
        }, ct);
        Status = S["The security settings are saved."];
        return RedirectToPage();
    }
}
