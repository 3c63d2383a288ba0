namespace Usta.Articles.Calendar;

/// <summary>One cell of the month grid: a day of the month (null for the blanks around it).</summary>
public sealed record CalendarDay(DateOnly Date, int ArticleCount, bool IsToday)
{
    public string Url => "/ngay/" + Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A month as weeks from Monday to Sunday, the Vietnamese calendar's order (T2 … CN).</summary>
public sealed record CalendarView(MonthKey Month, IReadOnlyList<IReadOnlyList<CalendarDay?>> Weeks, MonthKey? Previous, MonthKey? Next)
{
    public static CalendarView Build(MonthKey month, IReadOnlyDictionary<DateOnly, int> days, DateOnly today)
    {
        var weeks = new List<IReadOnlyList<CalendarDay?>>();
        var week = new List<CalendarDay?>();
        // DayOfWeek counts from Sunday; Monday first means Sunday is the seventh column.
        var blanks = ((int)month.FirstDay.DayOfWeek + 6) % 7;
        for (var i = 0; i < blanks; i++) week.Add(null);
        for (var d = 1; d <= month.DayCount; d++)
        {
            var date = new DateOnly(month.Year, month.Month, d);
            week.Add(new CalendarDay(date, days.GetValueOrDefault(date), date == today));
            if (week.Count == 7)
            {
                weeks.Add(week);
                week = [];
            }
        }
        if (week.Count > 0)
        {
            while (week.Count < 7) week.Add(null);
            weeks.Add(week);
        }
        // No month after today's: nothing is published there yet.
        var previous = month.Previous.IsInArchive ? month.Previous : (MonthKey?)null;
        var next = month.Next.IsInArchive && month.Next.CompareTo(MonthKey.Of(today)) <= 0 ? month.Next : (MonthKey?)null;
        return new CalendarView(month, weeks, previous, next);
    }
}
