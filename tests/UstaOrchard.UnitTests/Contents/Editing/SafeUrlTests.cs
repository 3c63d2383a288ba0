using Usta.Contents;
using Usta.Contents.Editing.Drivers;

namespace UstaOrchard.UnitTests.Contents.Editing;

public class SafeUrlTests
{
    [Theory]
    [InlineData("https://www.dongnai.gov.vn/")]
    [InlineData("http://example.org/a?b=1#c")]
    [InlineData("mailto:lienhiephoi@dongnai.gov.vn")]
    [InlineData("tel:+842513822323")]
    [InlineData("/tin-tuc/dong-nai")]
    [InlineData("/")]
    public void SafeTargets_AreAllowed(string url) => Assert.True(SafeUrl.IsAllowed(url));

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JAVASCRIPT:alert(1)")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData("java\nscript:alert(1)")]
    [InlineData("\u0001javascript:alert(1)")]
    [InlineData("data:text/html;base64,PHNjcmlwdD4=")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("\\\\evil.example")]
    [InlineData("https://")]
    [InlineData("mailto:")]
    [InlineData("ftp://example.org")]
    [InlineData("tin-tuc/dong-nai")]
    [InlineData("")]
    public void UnsafeOrRelativeTargets_AreRefused(string url) => Assert.False(SafeUrl.IsAllowed(url));

    [Fact]
    public void RelativePaths_AreAllowedOnlyWhenAsked()
        => Assert.True(SafeUrl.IsAllowed("anh/hoi-nghi.jpg", allowRelative: true));

    // What the website-links list accepts from recipes (relative paths included).
    [Theory]
    [InlineData("https://vusta.vn/", true)]
    [InlineData("http://example.org/a:b", true)]
    [InlineData("mailto:lienhiephoidn@gmail.com", true)]
    [InlineData("/gioi-thieu", true)]
    [InlineData("ban-tin?nam=2021:1", true)]
    [InlineData(" JavaScript:alert(1)", false)]
    [InlineData("java\tscript:alert(1)", false)]
    [InlineData("data:text/html,<script>alert(1)</script>", false)]
    [InlineData("", false)]
    public void WithRelativeAllowed_OnlyWebMailPhoneAndLocalUrls_AreLinks(string url, bool safe)
        => Assert.Equal(safe, SafeUrl.IsAllowed(url, allowRelative: true));
}

public class MarkdownRendererTests
{
    [Fact]
    public void RawHtml_IsWrittenAsText()
    {
        var html = MarkdownRenderer.ToHtml("Xin chào <script>alert(1)</script> <img src=x onerror=alert(1)>");
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<img", html);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Theory]
    [InlineData("[bấm](javascript:alert(1))")]
    [InlineData("![ảnh](data:image/svg+xml;base64,PHN2Zz4=)")]
    [InlineData("[x](vbscript:msgbox)")]
    public void UnsafeLinkTargets_BecomeHash(string markdown)
    {
        var html = MarkdownRenderer.ToHtml(markdown);
        Assert.DoesNotContain("script:", html);
        Assert.DoesNotContain("data:", html);
        Assert.Contains("\"#\"", html);
    }

    [Fact]
    public void SafeLinks_AndEmphasis_AreKept()
        => Assert.Equal("<p><strong>Đồng Nai</strong> <a href=\"https://dongnai.gov.vn\">cổng</a></p>\n",
            MarkdownRenderer.ToHtml("**Đồng Nai** [cổng](https://dongnai.gov.vn)"));
}

public class NumericParseTests
{
    [Theory]
    [InlineData("12.5", 12.5)]
    [InlineData("12,5", 12.5)]
    [InlineData("1.234,5", 1234.5)]
    [InlineData("-3", -3)]
    [InlineData("1 000", 1000)]
    public void BothDecimalSeparators_AreRead(string text, double expected)
    {
        Assert.True(NumericFieldDriver.TryParse(text, out var value));
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("mười")]
    [InlineData("1e5")]
    [InlineData("12,5,6")]
    public void NotNumbers_AreRefused(string text) => Assert.False(NumericFieldDriver.TryParse(text, out _));
}
