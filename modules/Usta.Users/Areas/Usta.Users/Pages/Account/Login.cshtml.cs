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
        if (outcome == SignInOutcome.RequiresTwoFactor)
            return LocalRedirect(LoginTwoFactorModel.Path + "?ReturnUrl=" + Uri.EscapeDataString(SafeReturnUrl()) + (Input.RememberMe ? "&RememberMe=true" : ""));

        // One message for a missing user, a wrong password and a locked account, so that no answer
        // tells which user names exist; it states the lockout rule, so an honest user who has
        // locked their account knows to wait. The operator's log tells the cases apart.
        var lockout = identity.Value.Lockout;
        ModelState.AddModelError("", outcome == SignInOutcome.NotAllowed
            ? S["This account may not log in yet."]
            : S["The user name or password is wrong. After {0} failed attempts an account is locked for {1} minutes.",
                lockout.MaxFailedAccessAttempts, (int)lockout.DefaultLockoutTimeSpan.TotalMinutes]);
        Input.Password = "";
        return Page();
    }

    private string SafeReturnUrl() => SafeReturnUrl(Url, ReturnUrl);

    /// <summary>A local path only: a link from elsewhere must not send a signed-in user off the site.</summary>
    internal static string SafeReturnUrl(IUrlHelper url, string? returnUrl)
        => !string.IsNullOrEmpty(returnUrl) && url.IsLocalUrl(returnUrl) ? returnUrl : "/Admin";
}
