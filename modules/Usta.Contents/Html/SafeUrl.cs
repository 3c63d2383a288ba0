namespace Usta.Contents.Html;

/// <summary>
/// Whether a URL typed as plain text (a website link, a link field) may become an href: http,
/// https, mailto and tel, or a path on this site. Browsers ignore leading spaces and control
/// characters before a scheme, so the check does too.
/// </summary>
public static class SafeUrl
{
    private static readonly string[] Schemes = ["http", "https", "mailto", "tel"];

    public static bool IsLink([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? url)
    {
        var text = url?.Trim(' ', '\t', '\n', '\r', '\f', '\0');
        if (string.IsNullOrEmpty(text) || text.Any(char.IsControl)) return false;
        var colon = text.IndexOf(':');
        var slash = text.IndexOfAny(['/', '?', '#']);
        // No colon before the first slash, query or fragment: a relative URL without a scheme.
        if (colon < 0 || (slash >= 0 && slash < colon)) return true;
        return Schemes.Contains(text[..colon], StringComparer.OrdinalIgnoreCase);
    }
}
