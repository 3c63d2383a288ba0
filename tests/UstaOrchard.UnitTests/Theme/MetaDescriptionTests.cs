using Usta.Theme;

namespace UstaOrchard.UnitTests.Theme;

public class MetaDescriptionTests
{
    [Fact]
    public void LongText_IsCutAtAWord_WithinTheLimit()
    {
        var text = string.Join(' ', Enumerable.Repeat("khoa học", 40));
        var description = MetaDescription.From(text)!;
        Assert.True(description.Length <= MetaDescription.MaxLength);
        Assert.EndsWith("…", description);
        var kept = description[..^1];
        Assert.StartsWith(kept, text);
        Assert.Equal(' ', text[kept.Length]);
    }

    [Theory]
    [InlineData("  Tin   ngắn\n gọn ", "Tin ngắn gọn")]
    [InlineData("   ", null)]
    [InlineData(null, null)]
    public void ShortText_IsOneLine(string? text, string? expected) => Assert.Equal(expected, MetaDescription.From(text));
}
