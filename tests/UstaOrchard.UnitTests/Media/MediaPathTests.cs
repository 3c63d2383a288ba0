using UstaOrchard.Core.Media;

namespace UstaOrchard.UnitTests.Media;

public sealed class MediaPathTests
{
    [Theory]
    [InlineData("anh.jpg", "anh.jpg")]
    [InlineData("bai-viet/2021/anh.jpg", "bai-viet/2021/anh.jpg")]
    [InlineData("Anh.JPG", "Anh.JPG")]
    [InlineData("a.b.c.pdf", "a.b.c.pdf")]
    [InlineData("Ho\u0302\u0323i.jpg", "H\u1ED9i.jpg")]
    public void GoodFilePath_IsKept_InNfc(string path, string expected)
    {
        Assert.True(MediaPath.TryNormalizeFile(path, out var normalized, out var error));
        Assert.Equal(MediaPathError.None, error);
        Assert.Equal(expected, normalized);
    }

    [Theory]
    [InlineData(null, MediaPathError.Empty)]
    [InlineData("", MediaPathError.Empty)]
    [InlineData("/", MediaPathError.Empty)]
    [InlineData("..", MediaPathError.DotSegment)]
    [InlineData("../usta.db", MediaPathError.DotSegment)]
    [InlineData("a/../../usta.db", MediaPathError.DotSegment)]
    [InlineData("a/./b.jpg", MediaPathError.DotSegment)]
    [InlineData("%2e%2e/usta.db", MediaPathError.Encoded)]
    [InlineData("a%2Fb.jpg", MediaPathError.Encoded)]
    [InlineData("a%5cb.jpg", MediaPathError.Encoded)]
    [InlineData("..\\usta.db", MediaPathError.Backslash)]
    [InlineData("a\\b.jpg", MediaPathError.Backslash)]
    [InlineData("a\0b.jpg", MediaPathError.ControlCharacter)]
    [InlineData("a\nb.jpg", MediaPathError.ControlCharacter)]
    [InlineData("a\u2028b.jpg", MediaPathError.ControlCharacter)]
    [InlineData("/etc/passwd", MediaPathError.Absolute)]
    [InlineData("C:/Windows/win.ini", MediaPathError.Absolute)]
    [InlineData("~/anh.jpg", MediaPathError.Absolute)]
    [InlineData("anh.jpg:stream", MediaPathError.Absolute)]
    [InlineData("a//b.jpg", MediaPathError.EmptySegment)]
    [InlineData(".tmp/x", MediaPathError.HiddenSegment)]
    [InlineData(".staging/x", MediaPathError.HiddenSegment)]
    [InlineData("a/.cache/x.jpg", MediaPathError.HiddenSegment)]
    [InlineData(".htaccess", MediaPathError.HiddenSegment)]
    [InlineData("anh.jpg.", MediaPathError.BadSegmentEnd)]
    [InlineData(" anh.jpg", MediaPathError.BadSegmentEnd)]
    [InlineData("anh.jpg ", MediaPathError.BadSegmentEnd)]
    public void HostilePath_IsRefused_WithItsReason(string? path, MediaPathError expected)
    {
        Assert.False(MediaPath.TryNormalizeFile(path, out var normalized, out var error));
        Assert.Equal(expected, error);
        Assert.Equal("", normalized);
    }

    [Fact]
    public void OverlongPathOrName_IsRefused()
    {
        Assert.Equal(MediaPathError.TooLong, Refusal(new string('a', MediaPath.MaxLength + 1)));
        Assert.Equal(MediaPathError.TooLong, Refusal(new string('ả', 128) + ".jpg"));
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("/", "")]
    [InlineData("anh/", "anh")]
    [InlineData("anh/2021", "anh/2021")]
    public void Folder_MayBeTheRoot_AndLosesItsTrailingSlash(string path, string expected)
    {
        Assert.True(MediaPath.TryNormalizeFolder(path, out var normalized, out _));
        Assert.Equal(expected, normalized);
    }

    private static MediaPathError Refusal(string path)
    {
        MediaPath.TryNormalizeFile(path, out _, out var error);
        return error;
    }
}
