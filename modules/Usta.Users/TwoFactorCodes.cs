namespace Usta.Users;

/// <summary>What a person types for a second factor: spaces and dashes as they copied them, any letter case.</summary>
public static class TwoFactorCodes
{
    public const int RecoveryCodeCount = 10;

    /// <summary>An authenticator code's six digits, or a recovery code as Identity stores it ("XXXXX-XXXXX").</summary>
    public static string Normalize(string typed)
    {
        var compact = new string(typed.Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray()).ToUpperInvariant();
        if (IsAuthenticatorCode(compact)) return compact;
        return compact.Length == 10 ? compact[..5] + "-" + compact[5..] : compact;
    }

    public static bool IsAuthenticatorCode(string code) => code.Length == 6 && code.All(char.IsAsciiDigit);

    /// <summary>The key in groups of four, lower case, as apps ask to have it typed.</summary>
    public static string Group(string key)
        => string.Join(' ', key.ToLowerInvariant().Chunk(4).Select(c => new string(c)));
}
