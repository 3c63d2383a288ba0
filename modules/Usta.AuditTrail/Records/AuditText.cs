using System.Text;

namespace Usta.AuditTrail.Records;

/// <summary>
/// Text from callers is hostile (a user name typed at the login form, a title pasted from anywhere):
/// control characters and lone surrogates (PostgreSQL refuses a NUL, its UTF-8 encoder a lone surrogate)
/// become spaces or go, and the text is cut to its column without splitting a surrogate pair.
/// </summary>
public static class AuditText
{
    public static string? Clean(string? text, int max)
    {
        if (string.IsNullOrEmpty(text)) return null;
        // Normalised first (NFC, as every text on the site); a lone surrogate would make Normalize throw.
        text = WithoutLoneSurrogates(text).Normalize(NormalizationForm.FormC);
        var cleaned = new StringBuilder(Math.Min(text.Length, max));
        for (var i = 0; i < text.Length && cleaned.Length < max; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    if (cleaned.Length + 2 > max) break;
                    cleaned.Append(c).Append(text[++i]);
                }
                continue;
            }
            if (char.IsLowSurrogate(c)) continue;
            cleaned.Append(char.IsControl(c) ? ' ' : c);
        }
        var result = cleaned.ToString().Trim();
        return result.Length == 0 ? null : result;
    }

    private static string WithoutLoneSurrogates(string text)
    {
        StringBuilder? kept = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var paired = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if (paired)
            {
                kept?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }
            if (char.IsSurrogate(c))
            {
                kept ??= new StringBuilder(text.Length).Append(text, 0, i);
                continue;
            }
            kept?.Append(c);
        }
        return kept?.ToString() ?? text;
    }
}
