using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using QRCoder;
using Usta.Users.Sessions;
using UstaOrchard.Core.Audit;
using UstaOrchard.Core.Settings;

namespace Usta.Users.Areas.Usta.Users.Pages.Admin.Account;

/// <summary>
/// A signed-in user's own two-factor sign-in: set up an authenticator app (the key typed or scanned,
/// then one code to prove it works), new recovery codes, and turning it off with the password or a code.
/// Every change of the key or of two-factor's state changes the security stamp, so the user's other
/// sessions end and this one is signed in again.
/// </summary>
public sealed class TwoFactorModel(UserManager<UstaUser> users, UstaSignInManager signIn, SiteService site,
    IAuditTrail audit, IStringLocalizer<UsersStartup> S) : PageModel
{
    public bool Enabled { get; private set; }
    public string? GroupedKey { get; private set; }
    public int RecoveryCodesLeft { get; private set; }

    /// <summary>Shown once, in the answer to the POST that made them; never stored in a readable form elsewhere.</summary>
    public IReadOnlyList<string> NewRecoveryCodes { get; private set; } = [];

    [TempData]
    public string? Status { get; set; }

    [BindProperty]
    [StringLength(64, ErrorMessage = "The code is too long.")]
    public string? Code { get; set; }

    [BindProperty]
    [StringLength(512, ErrorMessage = "The password is too long.")]
    public string? Secret { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        await LoadAsync(user);
        return Page();
    }

    /// <summary>The QR code of the key being set up, as a same-origin PNG (the CSP allows no inline script, and none is needed).</summary>
    public async Task<IActionResult> OnGetQrAsync()
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (user.TwoFactorEnabled || string.IsNullOrEmpty(key)) return NotFound();
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(await OtpAuthUriAsync(user, key), QRCodeGenerator.ECCLevel.M);
        Response.Headers.CacheControl = "no-store";
        return File(new PngByteQRCode(data).GetGraphic(5), "image/png");
    }

    public async Task<IActionResult> OnPostEnableAsync(CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        if (user.TwoFactorEnabled) return RedirectToPage();
        var code = TwoFactorCodes.Normalize(Code ?? "");
        if (!ModelState.IsValid || !TwoFactorCodes.IsAuthenticatorCode(code)
            || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError(nameof(Code), S["The code is wrong. Check the time on your phone and enter the code the app shows now."]);
            Code = null;
            await LoadAsync(user);
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        NewRecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, TwoFactorCodes.RecoveryCodeCount))?.ToList() ?? [];
        await signIn.RefreshSignInAsync(user);
        await audit.RecordAsync(new AuditEvent(AuditEvents.SignIn, AuditEvents.TwoFactorEnabled) { Subject = user.UserName }, ct);
        Status = S["Two-step verification is on."];
        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        if (!user.TwoFactorEnabled) return RedirectToPage();
        NewRecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, TwoFactorCodes.RecoveryCodeCount))?.ToList() ?? [];
        Status = S["New recovery codes are made; the old ones no longer work."];
        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync(CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        if (!user.TwoFactorEnabled) return RedirectToPage();
        if (await MustKeepTwoFactorAsync(user, ct))
        {
            ModelState.AddModelError(nameof(Secret), S["This site requires two-step verification for administrators; it cannot be turned off."]);
            await LoadAsync(user);
            return Page();
        }

        var secret = Secret ?? "";
        var code = TwoFactorCodes.Normalize(secret);
        var confirmed = ModelState.IsValid && secret.Length > 0 && (await users.CheckPasswordAsync(user, secret)
            || (TwoFactorCodes.IsAuthenticatorCode(code) && await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code)));
        if (!confirmed)
        {
            // A stolen session must not make this form a way to guess the password without a lockout.
            await users.AccessFailedAsync(user);
            ModelState.AddModelError(nameof(Secret), S["The password or code is wrong."]);
            Secret = null;
            await LoadAsync(user);
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        // The old key and codes die with it: turning it on again means a new key in the app.
        await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 0);
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.ForgetTwoFactorClientAsync();
        await signIn.RefreshSignInAsync(user);
        await audit.RecordAsync(new AuditEvent(AuditEvents.SignIn, AuditEvents.TwoFactorDisabled) { Subject = user.UserName }, ct);
        Status = S["Two-step verification is off."];
        return RedirectToPage();
    }

    private async Task LoadAsync(UstaUser user)
    {
        Enabled = user.TwoFactorEnabled;
        if (Enabled)
        {
            RecoveryCodesLeft = await users.CountRecoveryCodesAsync(user);
            return;
        }
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            // A new key changes the security stamp; this session is signed in again with it.
            await users.ResetAuthenticatorKeyAsync(user);
            await signIn.RefreshSignInAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }
        GroupedKey = TwoFactorCodes.Group(key ?? "");
    }

    private async Task<bool> MustKeepTwoFactorAsync(UstaUser user, CancellationToken ct)
        => (await site.GetAsync(ct)).Get<UserSecuritySettings>().RequireTwoFactorForAdministrators
            && await users.IsInRoleAsync(user, Permissions.AdministratorRole);

    private async Task<string> OtpAuthUriAsync(UstaUser user, string key)
    {
        var issuer = (await site.GetAsync(HttpContext.RequestAborted)).SiteName;
        if (string.IsNullOrWhiteSpace(issuer)) issuer = "UstaOrchard";
        var label = Uri.EscapeDataString(issuer) + ":" + Uri.EscapeDataString(user.UserName ?? "");
        return $"otpauth://totp/{label}?secret={key}&issuer={Uri.EscapeDataString(issuer)}&digits=6";
    }
}
