using UstaOrchard.Core.Settings;

namespace UstaOrchard.UnitTests.Settings;

public class SiteClockTests
{
    [Fact]
    public void MidnightTheClocksSkip_IsTheFirstInstantAfterTheGap()
    {
        // Santiago's daylight saving began on 7 September 2025 at midnight: 00:00 became 01:00 (-03:00).
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/Santiago");
        var midnight = new DateTime(2025, 9, 7, 0, 0, 0);
        Assert.True(zone.IsInvalidTime(midnight));

        Assert.Equal(new DateTime(2025, 9, 7, 4, 0, 0, DateTimeKind.Utc), SiteClock.ToUtc(midnight, zone));
    }

    [Fact]
    public void AnOrdinaryLocalTime_IsConvertedAsUsual()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
        Assert.Equal(new DateTime(2026, 11, 29, 17, 0, 0, DateTimeKind.Utc), SiteClock.ToUtc(new DateTime(2026, 11, 30, 0, 0, 0), zone));
    }
}
