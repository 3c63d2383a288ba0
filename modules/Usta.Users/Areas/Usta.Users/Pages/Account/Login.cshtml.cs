using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Usta.Users.Areas.Usta.Users.Pages.Account;

[EnableRateLimiting(LoginRateLimit.Policy)]
public sealed class LoginModel(PasswordSignIn signIn, IOptions<IdentityOptions> identity, IStringLocalizer<UsersStartup> S) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your user name.")]
        [StringLength(256, ErrorMessage = "The user name is too long.")]
        public string UserName { get; set; } = "";

        [Required(ErrorMessage = "Enter your password.")]
        [DataType(DataType.Password)]
        [StringLength(512, ErrorMessage = "The password is too long.")]
        public string Password { get; set; } = "";

        public bool RememberMe { get; set; }
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();

        var outcome = await signIn.SignInAsync(Input.UserName.Trim(), Input.Password, Input.RememberMe, ct);
        if (outcome == SignInOutcome.SignedIn) return LocalRedirect(SafeReturnUrl());

        ModelState.AddModelError("", outcome switch
        {
            SignInOutcome.LockedOut => S["This account is locked after too many failed logins. Try again in {0} minutes.",
                (int)identity.Value.Lockout.DefaultLockoutTimeSpan.TotalMinutes],
            SignInOutcome.NotAllowed => S["This account may not log in yet."],
            _ => S["The user name or password is wrong."],
        });
        Input.Password = "";
        return Page();
    }

    private string SafeReturnUrl()
        => !string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/Admin";
}
