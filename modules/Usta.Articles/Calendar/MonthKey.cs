using System.Globalization;

namespace Usta.Articles.Calendar;

/// <summary>A month of the archive's calendar, written 2026-11 in URLs and cache keys.</summary>
public readonly record struct MonthKey(int Year, int Month)
{
    // The day archive's bounds: a month outside them has no page.
    public static readonly MonthKey First = new(1900, 1);
    public static readonly MonthKey Last = new(2100, 12);

    public DateOnly FirstDay => new(Year, Month, 1);
    public int DayCount => DateTime.DaysInMonth(Year, Month);
    public MonthKey Previous => Month == 1 ? new(Year - 1, 12) : new(Year, Month - 1);
    public MonthKey Next => Month == 12 ? new(Year + 1, 1) : new(Year, Month + 1);
    public bool IsInArchive => CompareTo(First) >= 0 && CompareTo(Last) <= 0;
    public string Url => "/lich/" + this;

    public static MonthKey Of(DateOnly day) => new(day.Year, day.Month);

    public int CompareTo(MonthKey other) => (Year * 12 + Month).CompareTo(other.Year * 12 + other.Month);

    /// <summary>"2026-11" (also "2026-1"); any other text is not a month.</summary>
    public static bool TryParse(string? text, out MonthKey month)
    {
        month = default;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 7) return false;
        var parts = text.Split('-');
        if (parts.Length != 2 || parts[0].Length != 4 || parts[1].Length is < 1 or > 2) return false;
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || year < 1 || number is < 1 or > 12) return false;
        month = new MonthKey(year, number);
        return true;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{Month:00}");
}
