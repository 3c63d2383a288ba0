using System.IO.Compression;
using System.Text;

namespace UstaOrchard.Core.Recipes.Expressions;

/// <summary>Decoding that stops at a size limit instead of producing whatever the input expands to.</summary>
public static class BoundedDecoding
{
    public sealed class TooLargeException(long limit) : Exception($"larger than {limit} bytes")
    {
        public long Limit { get; } = limit;
    }

    public static byte[] Base64(string text, long limit)
    {
        // Four characters carry three bytes: a longer text cannot decode within the limit.
        if (text.Length / 4 * 3 > limit + 3) throw new TooLargeException(limit);
        var bytes = Convert.FromBase64String(text);
        return bytes.Length <= limit ? bytes : throw new TooLargeException(limit);
    }

    public static string Gunzip(string base64, long limit)
    {
        using var input = new MemoryStream(Base64(base64, limit));
        using var gzip = new GZipStream(input, CompressionMode.Decompress);
        return Utf8(gzip, limit);
    }

    // Reads at most limit + 1 bytes: one byte more than allowed is enough to refuse.
    public static string Utf8(Stream stream, long limit)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, limit + 1 - buffer.Length))) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit) throw new TooLargeException(limit);
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
