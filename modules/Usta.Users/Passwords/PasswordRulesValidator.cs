using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using UstaOrchard.Core.Settings;

namespace Usta.Users.Passwords;

/// <summary>
/// The site's password rules (<see cref="UserSecuritySettings"/>, the security settings tab): a minimum
/// length, never below <see cref="UserSecuritySettings.LowestMinimumPasswordLength"/>, and no password
/// from <see cref="CommonPasswords"/> nor the user's own name. Identity's validator still asks for
/// the mix of letters, digits and symbols; the length is checked here only, so it is said once.
/// </summary>
public sealed class PasswordRulesValidator(SiteService site, IStringLocalizer<UsersStartup> S) : IPasswordValidator<UstaUser>
{
    public async Task<IdentityResult> ValidateAsync(UserManager<UstaUser> manager, UstaUser user, string? password)
    {
        password ??= "";
        var rules = (await site.GetAsync()).Get<UserSecuritySettings>();
        var errors = new List<IdentityError>();
        var minimum = rules.EffectiveMinimumPasswordLength;
        if (password.Length < minimum)
            errors.Add(new IdentityError { Code = "PasswordTooShort", Description = S["The password must be at least {0} characters long.", minimum] });
        if (rules.RefuseCommonPasswords && CommonPasswords.Contains(password))
            errors.Add(new IdentityError { Code = "PasswordTooCommon", Description = S["This password is one of the most common ones: choose one that is harder to guess."] });
        if (user.UserName is { Length: > 0 } name && password.Trim().Equals(name, StringComparison.OrdinalIgnoreCase))
            errors.Add(new IdentityError { Code = "PasswordIsUserName", Description = S["The password must not be the user name."] });
        return errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]);
    }
}
