using SkiaSharp;

namespace Usta.Media.Images;

/// <summary>An image's size as a reader sees it (EXIF orientation applied), read from its header only.</summary>
public sealed record ImageHeader(int Width, int Height, int RawWidth, int RawHeight, SKEncodedOrigin Origin)
{
    public long Pixels => (long)RawWidth * RawHeight;

    /// <summary>Null when the bytes are not an image Skia can read.</summary>
    public static ImageHeader? Read(Stream stream)
    {
        using var codec = SKCodec.Create(stream, out var result);
        if (codec is null || result != SKCodecResult.Success) return null;
        return From(codec);
    }

    public static ImageHeader From(SKCodec codec)
    {
        var info = codec.Info;
        var origin = codec.EncodedOrigin;
        return SwapsAxes(origin)
            ? new ImageHeader(info.Height, info.Width, info.Width, info.Height, origin)
            : new ImageHeader(info.Width, info.Height, info.Width, info.Height, origin);
    }

    // Orientations 5–8 turn the picture a quarter: its width is the stored height.
    public static bool SwapsAxes(SKEncodedOrigin origin) =>
        origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
}
