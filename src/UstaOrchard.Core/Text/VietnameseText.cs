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
        var composed = Nfc(text);
        var builder = new StringBuilder(composed.Length);
        foreach (var c in composed)
        {
            var folded = FoldChar(c);
            if (folded != Dropped) builder.Append(folded);
        }
        return builder.ToString();
    }

    /// <summary>
    /// One composed character lower-cased without its diacritics ('Ệ' → 'e', 'Đ' → 'd'); a lone
    /// combining mark folds to <see cref="Dropped"/>. The one folding slugs and search share.
    /// </summary>
    public const char Dropped = '\uFFFF';

    public static char FoldChar(char c)
    {
        if (c < FoldTable.Length) return FoldTable[c];
        if (c is >= LatinExtendedAdditional and <= LatinExtendedAdditionalEnd) return ExtendedFoldTable[c - LatinExtendedAdditional];
        if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) return Dropped;
        return char.ToLowerInvariant(c);
    }

    /// <summary>
    /// A syllable's exact key: lower case, composed, with its tone mark taken off the vowel and
    /// written after it ("hòa" and "hoà" → "hoa|2", "Đảng" → "đang|3", "đáng" → "đang|1"), so
    /// the two tone placements in use are one key while diacritics still tell words apart.
    /// </summary>
    public static string ExactKey(string syllable)
    {
        var decomposed = Nfc(syllable).ToLowerInvariant().Replace('ð', 'đ').Normalize(NormalizationForm.FormD);
        var tone = '\0';
        var builder = new StringBuilder(decomposed.Length + 2);
        foreach (var c in decomposed)
        {
            var mark = ToneOf(c);
            if (mark == '\0') builder.Append(c);
            else tone = mark;
        }
        var key = builder.ToString().Normalize(NormalizationForm.FormC);
        return tone == '\0' ? key : key + "|" + tone;
    }

    /// <summary>Whether a text has any diacritic (or đ) that folding would remove.</summary>
    public static bool HasDiacritics(string text)
    {
        foreach (var c in text)
        {
            var folded = FoldChar(c);
            if (folded != char.ToLowerInvariant(c)) return true;
        }
        return false;
    }

    // The five tones of Vietnamese as combining marks (and the two deprecated tone-mark code points).
    private static char ToneOf(char c) => c switch
    {
        '\u0301' or '\u0341' => '1', // sắc
        '\u0300' or '\u0340' => '2', // huyền
        '\u0309' => '3',             // hỏi
        '\u0303' => '4',             // ngã
        '\u0323' => '5',             // nặng
        _ => '\0',
    };

    private const char LatinExtendedAdditional = '\u1E00';
    private const char LatinExtendedAdditionalEnd = '\u1EFF';
    private static readonly char[] FoldTable = BuildTable('\0', '\u0530');
    private static readonly char[] ExtendedFoldTable = BuildTable(LatinExtendedAdditional, (char)(LatinExtendedAdditionalEnd + 1));

    private static char[] BuildTable(char from, char to)
    {
        var table = new char[to - from];
        for (var c = from; c < to; c++) table[c - from] = FoldOne(c);
        return table;
    }

    private static char FoldOne(char c)
    {
        // đ/Đ have no Unicode decomposition, so they are mapped by hand before marks are stripped.
        // Ð (U+00D0, Icelandic eth) stands in for Đ in text converted from the old TCVN3/VNI encodings.
        if (c is 'đ' or 'Đ' or 'Ð') return 'd';
        if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) return Dropped;
        var decomposed = char.ToLowerInvariant(c).ToString().Normalize(NormalizationForm.FormD);
        foreach (var d in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark) return d;
        }
        return Dropped;
    }
}
