using System.Text.Json.Serialization;

namespace Usta.Users;

/// <summary>
/// The site settings section of sign-in rules (<c>"UserSecuritySettings": {…}</c>), edited on the
/// settings page's security tab.
/// </summary>
public sealed class UserSecuritySettings
{
    public const int DefaultMinimumPasswordLength = 10;
    public const int LowestMinimumPasswordLength = 8;
    public const int HighestMinimumPasswordLength = 128;

    /// <summary>At least this many characters; never below 8, whatever is stored.</summary>
    public int MinimumPasswordLength { get; set; } = DefaultMinimumPasswordLength;

    /// <summary>The length the rules apply: a recipe's 0 or 10,000 is brought back within bounds.</summary>
    [JsonIgnore]
    public int EffectiveMinimumPasswordLength => Math.Clamp(MinimumPasswordLength, LowestMinimumPasswordLength, HighestMinimumPasswordLength);

    /// <summary>Refuse passwords from the module's list of common passwords.</summary>
    public bool RefuseCommonPasswords { get; set; } = true;

    /// <summary>Administrators must sign in with an authenticator app; one without is sent to set it up.</summary>
    public bool RequireTwoFactorForAdministrators { get; set; }
}
