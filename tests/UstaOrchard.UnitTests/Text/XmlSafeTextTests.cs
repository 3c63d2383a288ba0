using UstaOrchard.Core.Text;

namespace UstaOrchard.UnitTests.Text;

public class XmlSafeTextTests
{
    [Theory]
    [InlineData("Tin\u0001 mới\u000B", "Tin mới")]
    [InlineData("Dòng một\nDòng hai\tcột", "Dòng một\nDòng hai\tcột")]
    [InlineData("Hội thi 🏆 sáng tạo", "Hội thi 🏆 sáng tạo")]
    [InlineData("cuối\uFFFE\uFFFF", "cuối")]
    [InlineData("Đo\u0302\u0300ng Nai", "Đồng Nai")]
    [InlineData("", "")]
    public void Clean_DropsWhatXmlCannotCarry_AndKeepsEverythingElse(string text, string expected)
        => Assert.Equal(expected, XmlSafeText.Clean(text));

    // Built here, not in [InlineData]: the test runner would turn a lone surrogate into U+FFFD first.
    [Fact]
    public void ALoneSurrogate_IsDropped() => Assert.Equal("lẻ  cặp", XmlSafeText.Clean("lẻ " + '\uD83C' + " cặp"));
}
