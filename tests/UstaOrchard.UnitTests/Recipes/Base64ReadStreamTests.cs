using System.Text;
using UstaOrchard.Core.Recipes.Expressions;

namespace UstaOrchard.UnitTests.Recipes;

/// <summary>A Media step's Base64 is decoded as it is written: the same bytes as a whole decoding, in a few buffers.</summary>
public sealed class Base64ReadStreamTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(49151)]
    [InlineData(49152)]
    [InlineData(49153)]
    [InlineData(300001)]
    public void AnyLength_WithLineBreaks_DecodesToTheSameBytes(int length)
    {
        var bytes = new byte[length];
        new Random(length).NextBytes(bytes);
        var text = Convert.ToBase64String(bytes, Base64FormattingOptions.InsertLineBreaks);

        using var decoded = new MemoryStream();
        new Base64ReadStream(text, long.MaxValue).CopyTo(decoded, 7000);

        Assert.Equal(bytes, decoded.ToArray());
    }

    [Fact]
    public void LargeText_IsDecodedWithoutASecondCopy()
    {
        var text = Convert.ToBase64String(new byte[24 * 1024 * 1024]);
        using var stream = new Base64ReadStream(text, long.MaxValue);
        var buffer = new byte[81920];

        var before = GC.GetAllocatedBytesForCurrentThread();
        long total = 0;
        int read;
        while ((read = stream.Read(buffer)) > 0) total += read;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(24 * 1024 * 1024, total);
        Assert.True(allocated < 1024 * 1024, $"decoding allocated {allocated:N0} bytes");
    }

    [Fact]
    public void OneByteOverTheLimit_StopsTheRead()
    {
        var stream = new Base64ReadStream(Convert.ToBase64String(Encoding.ASCII.GetBytes("abcd")), 3);
        Assert.Throws<BoundedDecoding.TooLargeException>(() => stream.CopyTo(Stream.Null));
    }

    [Theory]
    [InlineData("***")]
    [InlineData("QUJ")]
    [InlineData("QU=D")]
    public void NotBase64_IsAFormatError(string text)
        => Assert.Throws<FormatException>(() => new Base64ReadStream(text, long.MaxValue).CopyTo(Stream.Null));
}
