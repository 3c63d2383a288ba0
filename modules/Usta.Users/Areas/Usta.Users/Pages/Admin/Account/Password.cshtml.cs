using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using UstaOrchard.Core.Audit;

namespace Usta.Users.Areas.Usta.Users.Pages.Admin.Account;

/// <summary>
/// Changing one's own password, confirming the current one. The new security stamp ends every other
/// session; this one is signed in again. Where a user with an initial password is sent first.
/// </summary>
public sealed class PasswordModel(UserManager<UstaUser> users, SignInManager<UstaUser> signIn, IAuditTrail audit,
    IStringLocalizer<UsersStartup> S) : PageModel
{
    public const string Path = "/Admin/Account/Password";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool MustChange { get; private set; }

    [TempData]
    public string? Status { get; set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your current password.")]
        [StringLength(512, ErrorMessage = "The password is too long.")]
        public string CurrentPassword { get; set; } = "";

        [Required(ErrorMessage = "Enter the new password.")]
        [StringLength(512, ErrorMessage = "The password is too long.")]
        public string NewPassword { get; set; } = "";

        [Required(ErrorMessage = "Repeat the new password.")]
        [StringLength(512, ErrorMessage = "The password is too long.")]
        public string ConfirmPassword { get; set; } = "";
    }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user) return Forbid();
        MustChange = user.MustChangePassword;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } user) return Forbid();
        MustChange = user.MustChangePassword;
        if (ModelState.IsValid && Input.NewPassword != Input.ConfirmPassword)
            ModelState.AddModelError("Input.ConfirmPassword", S["The two passwords differ."]);
        if (ModelState.IsValid && Input.NewPassword == Input.CurrentPassword)
            ModelState.AddModelError("Input.NewPassword", S["Choose a password different from the current one."]);
        if (!ModelState.IsValid) return Page();

        user.MustChangePassword = false;
        // Checks the current password, the rules, and renews the security stamp in one save.
        var result = await users.ChangePasswordAsync(user, Input.CurrentPassword, Input.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
                ModelState.AddModelError(error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "Input.CurrentPassword" : "Input.NewPassword",
                    error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? S["The current password is wrong."] : error.Description);
            return Page();
        }
        await audit.RecordAsync(new AuditEvent(AuditEvents.User, AuditEvents.UserPasswordChanged) { Subject = user.UserName }, ct);
        // The cookie carries the old stamp: without this, the session check would end this session too.
        await signIn.RefreshSignInAsync(user);
        Status = S["Your password is changed. Your other sessions have ended."];
        return RedirectToPage("Index");
    }
}
