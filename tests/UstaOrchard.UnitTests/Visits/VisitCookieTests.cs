using Usta.Visits.Counting;

namespace UstaOrchard.UnitTests.Visits;

public class VisitCookieTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 4, 5, 0, 0, TimeSpan.Zero);

    [Fact]
    public void NewCookie_ParsesBack_AndLastsThirtyMinutes()
    {
        var cookie = VisitCookie.New(Now);
        Assert.True(VisitCookie.TryParse(cookie.ToString(), Now.AddMinutes(29), out var parsed));
        Assert.Equal(cookie, parsed);
        Assert.False(VisitCookie.TryParse(cookie.ToString(), Now.AddMinutes(31), out _));
        Assert.False(cookie.NeedsRefresh(Now.AddMinutes(4)));
        Assert.True(cookie.NeedsRefresh(Now.AddMinutes(5)));
        Assert.NotEqual(cookie.Id, VisitCookie.New(Now).Id);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAA<.29630100")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAA.-5")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAA.99999999999999999999")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAA.9999999999")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAA.99999999999")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAA.1")]
    public void ForgedOrOldCookies_StartANewVisit(string? value) => Assert.False(VisitCookie.TryParse(value, Now, out _));
}
