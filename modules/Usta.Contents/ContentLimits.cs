using Microsoft.Extensions.Configuration;

namespace Usta.Contents;

/// <summary>
/// How long an item's texts may be (<c>Content:Limits:*</c>, in characters). The defaults fit real
/// articles with room to spare; what is above them is an accident or an attack, and one such item
/// read by a few readers at once would fill the server's memory.
/// </summary>
public sealed class ContentLimits
{
    public int TitleChars { get; init; } = 1_024;
    public int HtmlBodyChars { get; init; } = 1_000_000;

    /// <summary>Every other text of an item: a lead, a byline, a summary, a URL, a media path.</summary>
    public int FieldChars { get; init; } = 20_000;

    /// <summary>All the texts of one item together.</summary>
    public int ItemChars { get; init; } = 2_000_000;

    public static ContentLimits From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Content:Limits");
        var defaults = new ContentLimits();
        return new ContentLimits
        {
            TitleChars = Positive(section, nameof(TitleChars)) ?? defaults.TitleChars,
            HtmlBodyChars = Positive(section, nameof(HtmlBodyChars)) ?? defaults.HtmlBodyChars,
            FieldChars = Positive(section, nameof(FieldChars)) ?? defaults.FieldChars,
            ItemChars = Positive(section, nameof(ItemChars)) ?? defaults.ItemChars,
        };
    }

    private static int? Positive(IConfiguration section, string key) => section.GetValue<int?>(key) is > 0 and var value ? value : null;
}
