using SkiaSharp;

namespace UstaOrchard.SeedMedia;

/// <summary>What makes a drawing read as a photograph: a lens's vignette and a sensor's grain.</summary>
public static class Film
{
    public static void Vignette(SKCanvas canvas, int width, int height, float strength = 0.38f)
    {
        var radius = MathF.Sqrt(width * width + height * height) / 2;
        using var paint = new SKPaint
        {
            Shader = SKShader.CreateRadialGradient(new SKPoint(width / 2f, height / 2f), radius,
                [SKColors.Transparent, SKColors.Transparent, new SKColor(0, 0, 0, (byte)(255 * strength))],
                [0f, 0.55f, 1f], SKShaderTileMode.Clamp),
        };
        canvas.DrawRect(0, 0, width, height, paint);
    }

    /// <summary>Luminance noise, the same on every run for one seed.</summary>
    public static void Grain(SKBitmap bitmap, int seed, int amount = 7)
    {
        var random = new Random(seed);
        var pixels = bitmap.Pixels;
        for (var i = 0; i < pixels.Length; i++)
        {
            var n = random.Next(-amount, amount + 1);
            var p = pixels[i];
            pixels[i] = new SKColor(Clamp(p.Red + n), Clamp(p.Green + n), Clamp(p.Blue + n), p.Alpha);
        }
        bitmap.Pixels = pixels;
    }

    /// <summary>A soft shape: the same path drawn with a blur of <paramref name="sigma"/> pixels.</summary>
    public static SKPaint Soft(SKColor color, float sigma) => new()
    {
        Color = color,
        IsAntialias = true,
        MaskFilter = sigma > 0 ? SKMaskFilter.CreateBlur(SKBlurStyle.Normal, sigma) : null,
    };

    public static SKColor Mix(SKColor a, SKColor b, float t) => new(
        (byte)(a.Red + (b.Red - a.Red) * t), (byte)(a.Green + (b.Green - a.Green) * t), (byte)(a.Blue + (b.Blue - a.Blue) * t));

    public static float Between(Random random, float min, float max) => min + (float)random.NextDouble() * (max - min);

    private static byte Clamp(int value) => (byte)Math.Clamp(value, 0, 255);
}
