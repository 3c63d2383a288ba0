using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using UstaOrchard.Core.Audit;

namespace Usta.Users.Areas.Usta.Users.Pages.Admin.Account;

/// <summary>Changing one's own e-mail address, confirming the current password (a session left open is not enough).</summary>
public sealed class EmailModel(UserManager<UstaUser> users, SignInManager<UstaUser> signIn, IAuditTrail audit,
    IStringLocalizer<UsersStartup> S) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string? CurrentEmail { get; private set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter the new e-mail address.")]
        [EmailAddress(ErrorMessage = "Enter a valid e-mail address.")]
        [StringLength(256, ErrorMessage = "The e-mail address is too long.")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Enter your current password.")]
        [StringLength(512, ErrorMessage = "The password is too long.")]
        public string CurrentPassword { get; set; } = "";
    }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user) return Forbid();
        CurrentEmail = user.Email;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } user) return Forbid();
        CurrentEmail = user.Email;
        if (!ModelState.IsValid) return Page();
        if (!await users.CheckPasswordAsync(user, Input.CurrentPassword))
        {
            ModelState.AddModelError("Input.CurrentPassword", S["The current password is wrong."]);
            return Page();
        }
        var email = Input.Email.Trim();
        if (!string.Equals(email, user.Email, StringComparison.OrdinalIgnoreCase))
        {
            // SetEmailAsync validates the address and renews the security stamp: other sessions end, this one is signed in again.
            var result = await users.SetEmailAsync(user, email);
            if (!result.Succeeded)
            {
                foreach (var error in result.Errors) ModelState.AddModelError("Input.Email", error.Description);
                return Page();
            }
            await audit.RecordAsync(new AuditEvent(AuditEvents.User, AuditEvents.UserUpdated) { Subject = user.UserName, Details = S["e-mail"] }, ct);
            await signIn.RefreshSignInAsync(user);
        }
        TempData["Status"] = S["Your e-mail address is changed."].Value;
        return RedirectToPage("Index");
    }
}
