using SkiaSharp;

namespace Usta.Media.Images;

public enum DerivativeFormat
{
    /// <summary>The original's format (GIF gives PNG: Skia writes no GIF).</summary>
    Original,
    Webp,
}

public enum ImageProblem
{
    None,
    Undecodable,
    TooManyPixels,
    /// <summary>More encodes are waiting than the server takes on; the reader is asked to come back.</summary>
    Busy,
}

/// <summary>
/// Makes one derivative with SkiaSharp: the size is checked from the header before anything is
/// decoded, JPEGs are decoded already scaled down where the codec can, EXIF orientation is applied
/// by drawing, and the result is encoded from pixels, so no metadata (EXIF, GPS) survives.
/// </summary>
public static class ImageEncoder
{
    private const int JpegQuality = 82;
    private const int WebpQuality = 80;

    public sealed record Encoded(byte[] Bytes, string ContentType, string Extension);

    public static (Encoded? Result, ImageProblem Problem) Encode(Stream source, string extension, int width, DerivativeFormat format, long maxPixels)
    {
        using var codec = SKCodec.Create(source, out var created);
        if (codec is null || created != SKCodecResult.Success) return (null, ImageProblem.Undecodable);
        var header = ImageHeader.From(codec);
        if (header.Pixels > maxPixels || header.RawWidth <= 0 || header.RawHeight <= 0) return (null, header.Pixels > maxPixels ? ImageProblem.TooManyPixels : ImageProblem.Undecodable);

        // Never upscaled: a width above the original gives the original size, re-encoded.
        var outWidth = Math.Min(width, header.Width);
        var outHeight = Math.Max(1, (int)Math.Round((double)header.Height * outWidth / header.Width));
        var swapped = ImageHeader.SwapsAxes(header.Origin);
        var (rawOutWidth, rawOutHeight) = swapped ? (outHeight, outWidth) : (outWidth, outHeight);

        using var decoded = Decode(codec, rawOutWidth);
        if (decoded is null) return (null, ImageProblem.Undecodable);

        var info = new SKImageInfo(outWidth, outHeight, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info);
        if (surface is null) return (null, ImageProblem.Undecodable);
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.Transparent);
        Orient(canvas, header.Origin, outWidth, outHeight);
        using var image = SKImage.FromBitmap(decoded);
        canvas.DrawImage(image, new SKRect(0, 0, rawOutWidth, rawOutHeight), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        canvas.Flush();

        using var snapshot = surface.Snapshot();
        var (skFormat, quality, type, ext) = Target(extension, format);
        using var data = snapshot.Encode(skFormat, quality);
        return data is null ? (null, ImageProblem.Undecodable) : (new Encoded(data.ToArray(), type, ext), ImageProblem.None);
    }

    // JPEG's decoder can scale by 1/2, 1/4, 1/8 while decoding: a 12-megapixel photo for a
    // 640-pixel derivative never needs its full 48 MB of pixels.
    private static SKBitmap? Decode(SKCodec codec, int rawOutWidth)
    {
        var full = codec.Info;
        var size = full.Size;
        var scaled = codec.GetScaledDimensions((float)rawOutWidth / full.Width);
        if (scaled.Width >= rawOutWidth && scaled.Width < full.Width && scaled.Width > 0) size = scaled;
        var bitmap = new SKBitmap(new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        // Frame 0 only: an animated GIF gives its first picture.
        var result = codec.GetPixels(bitmap.Info, bitmap.GetPixels(), new SKCodecOptions(0));
        if (result == SKCodecResult.Success) return bitmap;
        bitmap.Dispose();
        return null;
    }

    // Maps the stored picture onto the upright canvas (EXIF orientations 1–8).
    private static void Orient(SKCanvas canvas, SKEncodedOrigin origin, int width, int height)
    {
        switch (origin)
        {
            case SKEncodedOrigin.TopRight: canvas.Translate(width, 0); canvas.Scale(-1, 1); break;
            case SKEncodedOrigin.BottomRight: canvas.Translate(width, height); canvas.RotateDegrees(180); break;
            case SKEncodedOrigin.BottomLeft: canvas.Translate(0, height); canvas.Scale(1, -1); break;
            case SKEncodedOrigin.LeftTop: canvas.RotateDegrees(90); canvas.Scale(1, -1); break;
            case SKEncodedOrigin.RightTop: canvas.Translate(width, 0); canvas.RotateDegrees(90); break;
            case SKEncodedOrigin.RightBottom: canvas.Translate(width, height); canvas.RotateDegrees(90); canvas.Scale(-1, 1); break;
            case SKEncodedOrigin.LeftBottom: canvas.Translate(0, height); canvas.RotateDegrees(-90); break;
        }
    }

    private static (SKEncodedImageFormat Format, int Quality, string ContentType, string Extension) Target(string extension, DerivativeFormat format)
    {
        if (format == DerivativeFormat.Webp) return (SKEncodedImageFormat.Webp, WebpQuality, "image/webp", "webp");
        return extension.ToLowerInvariant() switch
        {
            "jpg" or "jpeg" => (SKEncodedImageFormat.Jpeg, JpegQuality, "image/jpeg", "jpg"),
            "webp" => (SKEncodedImageFormat.Webp, WebpQuality, "image/webp", "webp"),
            _ => (SKEncodedImageFormat.Png, 100, "image/png", "png"),
        };
    }

    public static string ContentTypeOf(string derivativeExtension) => derivativeExtension switch
    {
        "jpg" => "image/jpeg",
        "webp" => "image/webp",
        _ => "image/png",
    };

    public static string ExtensionFor(string originalExtension, DerivativeFormat format) => Target(originalExtension, format).Extension;
}
