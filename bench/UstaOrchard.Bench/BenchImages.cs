using SkiaSharp;
using UstaOrchard.Core.Text;

namespace UstaOrchard.Bench;

/// <summary>One generated photograph of the media recipe: where it goes in the library, its alt text and size.</summary>
public sealed record BenchImage(string TargetPath, string SourcePath, string Alt, int Width, int Height, long Bytes);

/// <summary>
/// Distinct JPEGs of a news site's size (30-200 KB): a gradient, soft shapes and mild sensor
/// noise, so the codec has a photograph's work and every file differs from the others. Files
/// already written by an earlier run with the same seed are reused (the pixels are the same).
/// </summary>
public static class BenchImages
{
    private static readonly (int Width, int Height)[] Sizes = [(800, 533), (960, 640), (1024, 683), (1200, 800), (1280, 720)];

    public static List<BenchImage> Write(string folder, int count, int seed)
    {
        var random = new Random(seed);
        var images = new List<BenchImage>(count);
        for (var i = 0; i < count; i++)
        {
            var year = 2010 + i % 17;
            var words = $"{Pick(random, Corpus.Topics)} {Pick(random, Corpus.Places)}";
            var target = $"tin-tuc/{year}/{Slugifier.Slugify(words)}-{i + 1}.jpg";
            var (width, height) = Sizes[random.Next(Sizes.Length)];
            var quality = 70 + random.Next(20);
            var pixelSeed = random.Next();
            var source = Path.Combine(folder, "media", target);
            if (!File.Exists(source))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(source)!);
                File.WriteAllBytes(source, Photo(width, height, quality, pixelSeed));
            }
            images.Add(new BenchImage(target, $"media/{target}", $"Ảnh: {words}", width, height, new FileInfo(source).Length));
        }
        return images;
    }

    private static byte[] Photo(int width, int height, int quality, int seed)
    {
        var random = new Random(seed);
        using var bitmap = new SKBitmap(width, height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using (var canvas = new SKCanvas(bitmap))
        {
            SKColor Colour() => new((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256));
            using var sky = new SKPaint { Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(random.Next(width), height), [Colour(), Colour(), Colour()], [0, 0.5f, 1], SKShaderTileMode.Clamp) };
            canvas.DrawRect(0, 0, width, height, sky);
            using var blob = new SKPaint { IsAntialias = true, MaskFilter = SKMaskFilter.CreateBlur(SKBlurStyle.Normal, 6) };
            for (var i = 0; i < 60; i++)
            {
                blob.Color = Colour().WithAlpha((byte)random.Next(60, 200));
                canvas.DrawCircle(random.Next(width), random.Next(height), random.Next(10, 160), blob);
            }
        }
        var pixels = bitmap.GetPixelSpan();
        unsafe
        {
            fixed (byte* p = pixels)
            {
                for (var i = 0; i < pixels.Length; i += 4)
                {
                    var n = random.Next(-9, 10);
                    p[i] = (byte)Math.Clamp(p[i] + n, 0, 255);
                    p[i + 1] = (byte)Math.Clamp(p[i + 1] + n, 0, 255);
                    p[i + 2] = (byte)Math.Clamp(p[i + 2] + n, 0, 255);
                }
            }
        }
        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, quality);
        return data.ToArray();
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];
}
