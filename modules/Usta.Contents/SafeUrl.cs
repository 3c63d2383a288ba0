using System.Text.RegularExpressions;

namespace Usta.Contents;

/// <summary>
/// Which link targets an editor may store: http, https, mailto, tel, and site paths ("/tin-tuc").
/// Refused: javascript:, data:, vbscript: and every other scheme, protocol-relative "//host" (another
/// site dressed as ours), backslashes (browsers read "/\host" as "//host") and control characters
/// (browsers drop them, so "java&#9;script:" would become javascript:).
/// </summary>
public static partial class SafeUrl
{
    public const int MaxLength = 2048;

    private static readonly string[] Schemes = ["http", "https", "mailto", "tel"];

    public static bool IsAllowed(string? url, bool allowRelative = false)
    {
        if (string.IsNullOrEmpty(url) || url.Length > MaxLength) return false;
        if (url.Any(c => char.IsControl(c) || c == '\\' || char.IsWhiteSpace(c) && c != ' ')) return false;
        if (url.StartsWith("//", StringComparison.Ordinal)) return false;
        if (url[0] == '/') return true;
        var scheme = SchemePattern().Match(url);
        if (!scheme.Success) return allowRelative && url[0] != ' ';
        var name = scheme.Groups[1].Value.ToLowerInvariant();
        if (!Schemes.Contains(name)) return false;
        if (name is "http" or "https")
            return Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Length > 0;
        return url.Length > name.Length + 1;
    }

    [GeneratedRegex("^([a-zA-Z][a-zA-Z0-9+.-]*):")]
    private static partial Regex SchemePattern();
}
