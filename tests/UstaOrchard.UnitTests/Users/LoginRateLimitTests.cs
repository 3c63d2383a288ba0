using System.Net;
using Usta.Users;

namespace UstaOrchard.UnitTests.Users;

public class LoginRateLimitTests
{
    [Theory]
    [InlineData("203.0.113.7", "203.0.113.7")]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:3::1", "2001:db8:1:3::/64")]
    public void ClientKey_CountsAnIPv6ClientByItsSlash64_AndAMappedIPv4AsItself(string address, string key)
        => Assert.Equal(key, LoginRateLimit.ClientKey(IPAddress.Parse(address)));

    [Fact]
    public void ClientKey_WithoutAnAddress_IsOneSharedKey() => Assert.Equal("unknown", LoginRateLimit.ClientKey(null));
}
