using System.Text;

namespace UstaOrchard.Core.Text;

/// <summary>Vietnamese-aware slugs: "Đồng Nai: Khoa học" → "dong-nai-khoa-hoc".</summary>
public static class Slugifier
{
    public const int MaxLength = 120;

    public static string Slugify(string? text)
    {
        var folded = VietnameseText.Fold(text);
        var builder = new StringBuilder(folded.Length);
        var pendingHyphen = false;
        foreach (var c in folded)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (pendingHyphen && builder.Length > 0) builder.Append('-');
                builder.Append(c);
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }

        var slug = builder.ToString();
        if (slug.Length <= MaxLength) return slug;
        var cut = slug.LastIndexOf('-', MaxLength);
        return cut > 0 ? slug[..cut] : slug[..MaxLength];
    }
}
