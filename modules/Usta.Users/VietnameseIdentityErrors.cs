using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Usta.Users;

/// <summary>Identity's messages through the module's strings, so editors read them in Vietnamese.</summary>
public sealed class LocalizedIdentityErrorDescriber(IStringLocalizer<UsersStartup> S) : IdentityErrorDescriber
{
    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), S["The user name '{0}' is already taken.", userName]);
    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), S["The e-mail address '{0}' is already used.", email]);
    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), S["The user name '{0}' may contain only letters without diacritics, digits and - . _ @ +", userName ?? ""]);
    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), S["'{0}' is not a valid e-mail address.", email ?? ""]);
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), S["The password must be at least {0} characters long.", length]);
    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), S["The password must contain a digit (0-9)."]);
    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), S["The password must contain a lower-case letter (a-z)."]);
    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), S["The password must contain an upper-case letter (A-Z)."]);
    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), S["The password must contain a symbol such as ! @ # $."]);
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), S["The password must contain at least {0} different characters.", uniqueChars]);
    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), S["The password is wrong."]);
    public override IdentityError DuplicateRoleName(string role) => Error(nameof(DuplicateRoleName), S["The role '{0}' already exists.", role]);
    public override IdentityError InvalidRoleName(string? role) => Error(nameof(InvalidRoleName), S["'{0}' is not a valid role name.", role ?? ""]);
    public override IdentityError UserAlreadyInRole(string role) => Error(nameof(UserAlreadyInRole), S["The user already has the role '{0}'.", role]);
    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), S["Someone else changed this user at the same time. Reload and try again."]);
    public override IdentityError DefaultError() => Error(nameof(DefaultError), S["Something went wrong with the account. Try again."]);

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
