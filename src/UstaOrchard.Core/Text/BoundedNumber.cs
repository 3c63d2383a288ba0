using System.Globalization;

namespace UstaOrchard.Core.Text;

/// <summary>
/// Numbers a reader types into a URL (<c>?trang=</c>, <c>?nam=</c>): digits only and inside bounds,
/// checked before any arithmetic, so that no value can overflow a page offset or a date.
/// </summary>
public static class BoundedNumber
{
    /// <summary>Far beyond any site's number of pages, far below an overflow of page × page size.</summary>
    public const int MaxPage = 1_000_000;

    /// <summary>No value means page 1; anything else must be a page number in range.</summary>
    public static bool TryParsePage(string? text, out int page)
    {
        page = 1;
        return string.IsNullOrEmpty(text) || TryParse(text, 1, MaxPage, out page);
    }

    public static bool TryParse(string? text, int min, int max, out int value)
    {
        value = 0;
        // Nine digits always fit an int; "+1", " 1", "1e3" and "١" are not numbers a link of ours writes.
        if (text is null || text.Length is 0 or > 9 || !text.All(char.IsAsciiDigit)) return false;
        value = int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
        return value >= min && value <= max;
    }
}
