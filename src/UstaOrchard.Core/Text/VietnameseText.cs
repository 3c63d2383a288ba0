using System.Globalization;
using System.Text;

namespace UstaOrchard.Core.Text;

public static class VietnameseText
{
    /// <summary>
    /// Composed form (NFC). Vietnamese arrives both composed and decomposed; the two do not
    /// compare equal, so every text is normalised on the way in.
    /// </summary>
    public static string Nfc(string? text)
        => string.IsNullOrEmpty(text) ? text ?? "" : text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);

    /// <summary>Lower case without diacritics: "Đồng Nai" → "dong nai".</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        // đ/Đ have no Unicode decomposition, so they are mapped by hand before marks are stripped.
        var decomposed = text.ToLowerInvariant().Replace('đ', 'd').Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) builder.Append(c);
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
