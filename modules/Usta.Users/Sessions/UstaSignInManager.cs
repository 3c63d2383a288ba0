using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Usta.Users.Sessions;

/// <summary>Identity's sign-in manager, with disabled users refused at every way in (password, two-factor, refresh).</summary>
public sealed class UstaSignInManager(UserManager<UstaUser> userManager, IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<UstaUser> claimsFactory, IOptions<IdentityOptions> optionsAccessor, ILogger<SignInManager<UstaUser>> logger,
    IAuthenticationSchemeProvider schemes, IUserConfirmation<UstaUser> confirmation)
    : SignInManager<UstaUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(UstaUser user)
        => !user.IsDisabled && await base.CanSignInAsync(user);

    /// <summary>
    /// For a user whose password <see cref="PasswordSignIn"/> has checked: signs in, or, when the user has
    /// an authenticator and this browser is not remembered, sets Identity's two-factor cookie and answers
    /// <see cref="SignInResult.RequiresTwoFactor"/> (Identity's own flow, which is protected).
    /// </summary>
    public Task<SignInResult> SignInAfterPasswordAsync(UstaUser user, bool isPersistent)
        => SignInOrTwoFactorAsync(user, isPersistent);
}
