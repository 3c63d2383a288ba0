using SkiaSharp;

namespace Usta.Media.Library;

/// <summary>Reads an image's dimensions from its header (no pixels are decoded), as shown upright.</summary>
public static class ImageHeader
{
    public static (int Width, int Height)? Read(Stream stream)
    {
        using var codec = SKCodec.Create(stream);
        if (codec is null) return null;
        var (width, height) = (codec.Info.Width, codec.Info.Height);
        // Orientations 5-8 turn the picture a quarter: a phone photo stored landscape is shown portrait.
        return codec.EncodedOrigin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom
            ? (height, width)
            : (width, height);
    }
}
