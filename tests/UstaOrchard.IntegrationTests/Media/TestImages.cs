using SkiaSharp;

namespace UstaOrchard.IntegrationTests.Media;

/// <summary>Pictures made for a test: halves of two colours, so orientation can be read from a pixel.</summary>
public static class TestImages
{
    public static byte[] TwoHalves(int width, int height, SKEncodedImageFormat format = SKEncodedImageFormat.Jpeg, SKColor? left = null, SKColor? right = null)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            using var paint = new SKPaint { Color = left ?? SKColors.Red };
            canvas.DrawRect(0, 0, width / 2f, height, paint);
            paint.Color = right ?? SKColors.Blue;
            canvas.DrawRect(width / 2f, 0, width - width / 2f, height, paint);
        }
        using var data = bitmap.Encode(format, 90);
        return data.ToArray();
    }

    /// <summary>
    /// A JPEG with an APP1 Exif segment spliced in after SOI: Orientation and a GPS IFD
    /// (latitude N 10°57'), as a phone writes them. Big-endian TIFF.
    /// </summary>
    public static byte[] WithExif(byte[] jpeg, ushort orientation)
    {
        var tiff = new List<byte>();
        void U16(int v) { tiff.Add((byte)(v >> 8)); tiff.Add((byte)v); }
        void U32(int v) { U16(v >> 16); U16(v & 0xFFFF); }
        tiff.AddRange("MM"u8.ToArray()); U16(42); U32(8);
        // IFD0 at 8: Orientation, GPS pointer; 2 + 2×12 + 4 = 30 bytes, so the GPS IFD is at 38.
        U16(2);
        U16(0x0112); U16(3); U32(1); U16(orientation); U16(0);
        U16(0x8825); U16(4); U32(1); U32(38);
        U32(0);
        // GPS IFD at 38: LatitudeRef "N", Latitude (3 rationals at 68).
        U16(2);
        U16(0x0001); U16(2); U32(2); tiff.AddRange("N\0\0\0"u8.ToArray());
        U16(0x0002); U16(5); U32(3); U32(68);
        U32(0);
        U32(10); U32(1); U32(57); U32(1); U32(0); U32(1);

        var payload = "Exif\0\0"u8.ToArray().Concat(tiff).ToArray();
        var length = payload.Length + 2;
        var segment = new byte[] { 0xFF, 0xE1, (byte)(length >> 8), (byte)length }.Concat(payload);
        return jpeg.Take(2).Concat(segment).Concat(jpeg.Skip(2)).ToArray();
    }

    public static SKBitmap Decode(byte[] bytes) => SKBitmap.Decode(bytes) ?? throw new InvalidOperationException("not an image");

    public static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;
}
