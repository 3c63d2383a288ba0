namespace Usta.Users;

/// <summary>
/// The site settings section of sign-in rules (<c>"UserSecuritySettings": {…}</c>), edited on the
/// settings page's security tab.
/// </summary>
public sealed class UserSecuritySettings
{
    public const int DefaultMinimumPasswordLength = 10;

    /// <summary>At least this many characters; never below 8, whatever is stored.</summary>
    public int MinimumPasswordLength { get; set; } = DefaultMinimumPasswordLength;

    /// <summary>Refuse passwords from the module's list of common passwords.</summary>
    public bool RefuseCommonPasswords { get; set; } = true;

    /// <summary>Administrators must sign in with an authenticator app; one without is sent to set it up.</summary>
    public bool RequireTwoFactorForAdministrators { get; set; }
}
