using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using SignInResult = Microsoft.AspNetCore.Identity.SignInResult;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Usta.Users.Sessions;
using UstaOrchard.Core.Audit;

namespace Usta.Users.Areas.Usta.Users.Pages.Account;

/// <summary>
/// The second step of sign-in: the authenticator's code, or one recovery code, for the user whose
/// password was right (Identity's two-factor cookie says who). Failures count towards the lockout,
/// and every refusal (wrong code, expired or missing first step, locked or disabled account) gets
/// the same message.
/// </summary>
[EnableRateLimiting(LoginRateLimit.Policy)]
public sealed class LoginTwoFactorModel(UstaSignInManager signIn, UserManager<UstaUser> users, IAuditTrail audit,
    IOptions<IdentityOptions> identity, ILogger<LoginTwoFactorModel> logger, IStringLocalizer<UsersStartup> S) : PageModel
{
    public const string Path = "/dang-nhap/xac-thuc";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>"Keep me signed in" from the first step, carried here as Identity's own pages do.</summary>
    [BindProperty(SupportsGet = true)]
    public bool RememberMe { get; set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter the code.")]
        [StringLength(64, ErrorMessage = "The code is too long.")]
        public string Code { get; set; } = "";

        public bool RememberDevice { get; set; }
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();

        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            logger.LogWarning("Two-factor code sent without a pending sign-in");
            return Refuse();
        }

        var code = TwoFactorCodes.Normalize(Input.Code);
        var isRecoveryCode = !TwoFactorCodes.IsAuthenticatorCode(code);
        // Identity answers "locked out" both to the failure that locks and to every try after it.
        var wasLockedOut = await users.IsLockedOutAsync(user);
        var result = isRecoveryCode ? await RecoveryCodeSignInAsync(user, code) : await signIn.TwoFactorAuthenticatorSignInAsync(code, RememberMe, Input.RememberDevice);
        if (result.Succeeded)
        {
            logger.LogInformation("User {UserName} logged in with a second factor", user.UserName);
            await audit.RecordAsync(new AuditEvent(AuditEvents.SignIn, AuditEvents.SignedIn) { UserName = user.UserName, Subject = user.UserName, Details = isRecoveryCode ? S["recovery code"] : S["authenticator app"] }, ct);
            if (isRecoveryCode)
                await audit.RecordAsync(new AuditEvent(AuditEvents.SignIn, AuditEvents.RecoveryCodeUsed) { UserName = user.UserName, Subject = user.UserName }, ct);
            return LocalRedirect(LoginModel.SafeReturnUrl(Url, ReturnUrl));
        }

        logger.LogWarning("Failed two-factor code for {UserName}", user.UserName);
        await audit.RecordAsync(new AuditEvent(AuditEvents.SignIn, AuditEvents.SignInFailed) { UserName = user.UserName, Subject = user.UserName, Details = isRecoveryCode ? S["wrong recovery code"] : S["wrong authenticator code"] }, ct);
        if (!wasLockedOut && await users.IsLockedOutAsync(user))
        {
            logger.LogWarning("User {UserName} is locked out after wrong two-factor codes", user.UserName);
            await audit.RecordAsync(new AuditEvent(AuditEvents.SignIn, AuditEvents.LockedOut) { UserName = user.UserName, Subject = user.UserName }, ct);
        }
        return Refuse();
    }

    /// <summary>
    /// Identity's recovery-code sign-in neither checks a lockout or a disabled account nor counts a
    /// failure ("codes are random"); here it does all three, as the authenticator code does.
    /// </summary>
    private async Task<SignInResult> RecoveryCodeSignInAsync(UstaUser user, string code)
    {
        if (!await signIn.CanSignInAsync(user)) return SignInResult.NotAllowed;
        if (await users.IsLockedOutAsync(user)) return SignInResult.LockedOut;
        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(code);
        if (!result.Succeeded) await users.AccessFailedAsync(user);
        return result;
    }

    private PageResult Refuse()
    {
        var lockout = identity.Value.Lockout;
        ModelState.AddModelError("", S["The code is wrong, or this sign-in has expired. After {0} failed attempts an account is locked for {1} minutes.",
            lockout.MaxFailedAccessAttempts, (int)lockout.DefaultLockoutTimeSpan.TotalMinutes]);
        Input.Code = "";
        return Page();
    }
}
