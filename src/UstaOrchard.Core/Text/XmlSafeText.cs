using System.Text;
using System.Xml;

namespace UstaOrchard.Core.Text;

public static class XmlSafeText
{
    /// <summary>
    /// The text without the characters XML 1.0 cannot carry (controls other than tab and line breaks,
    /// lone surrogates, U+FFFE/U+FFFF): a title pasted with one would otherwise make the writer throw
    /// and the whole feed fail. Normalised to NFC, as every text on the site.
    /// </summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        StringBuilder? cleaned = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (XmlConvert.IsXmlChar(c))
            {
                cleaned?.Append(c);
                continue;
            }
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], c))
            {
                cleaned?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }
            cleaned ??= new StringBuilder(text.Length).Append(text, 0, i);
        }
        return (cleaned?.ToString() ?? text).Normalize(NormalizationForm.FormC);
    }
}
