using SkiaSharp;
using static UstaOrchard.SeedMedia.Film;

namespace UstaOrchard.SeedMedia;

/// <summary>Sky, clouds, hills fading with distance, a river and fields: a Đồng Nai landscape.</summary>
public sealed class LandscapeScene(int seed, SKColor sky, SKColor land) : IScene
{
    public void Paint(SKCanvas canvas, int w, int h)
    {
        var random = new Random(seed);
        var horizon = h * Between(random, 0.42f, 0.5f);
        Sky.Paint(canvas, w, horizon, sky, random);
        for (var layer = 0; layer < 3; layer++)
        {
            var haze = 0.65f - layer * 0.25f;
            var color = Mix(Mix(land, new SKColor(70, 96, 90), 0.4f), Mix(sky, SKColors.White, 0.3f), haze);
            Hills(canvas, w, horizon + h * 0.02f * layer, h * (0.08f - layer * 0.015f), color, 4f - layer, random);
        }
        using var ground = new SKPaint
        {
            Shader = SKShader.CreateLinearGradient(new SKPoint(0, horizon), new SKPoint(0, h),
                [Mix(land, SKColors.White, 0.2f), land, Mix(land, SKColors.Black, 0.35f)], SKShaderTileMode.Clamp),
        };
        canvas.DrawRect(0, horizon + h * 0.05f, w, h, ground);
        River(canvas, w, h, horizon + h * 0.06f, sky, random);
        for (var i = 0; i < 9; i++)
        {
            var x = Between(random, 0, w);
            var y = horizon + h * Between(random, 0.08f, 0.2f);
            Tree(canvas, x, y, h * Between(random, 0.03f, 0.06f), Mix(land, SKColors.Black, 0.45f), 1.5f);
        }
    }

    private static void Hills(SKCanvas canvas, int w, float baseY, float height, SKColor color, float blur, Random random)
    {
        using var builder = new SKPathBuilder();
        builder.MoveTo(0, baseY + height);
        var phase = Between(random, 0, 6);
        for (var x = 0f; x <= w; x += w / 60f)
            builder.LineTo(x, baseY - height * (0.5f + 0.35f * MathF.Sin(x / w * 5 + phase) + 0.15f * MathF.Sin(x / w * 13 + phase * 2)));
        builder.LineTo(w, baseY + height * 2);
        builder.LineTo(0, baseY + height * 2);
        builder.Close();
        using var path = builder.Detach();
        using var paint = Soft(color, blur);
        canvas.DrawPath(path, paint);
    }

    private static void River(SKCanvas canvas, int w, int h, float top, SKColor sky, Random random)
    {
        using var builder = new SKPathBuilder();
        var start = w * Between(random, 0.3f, 0.6f);
        builder.MoveTo(start, top);
        builder.CubicTo(start + w * 0.2f, top + h * 0.15f, w * 0.1f, top + h * 0.3f, w * 0.25f, h);
        builder.LineTo(w * 0.75f, h);
        builder.CubicTo(w * 0.45f, top + h * 0.3f, start + w * 0.3f, top + h * 0.12f, start + w * 0.04f, top);
        builder.Close();
        using var path = builder.Detach();
        using var water = new SKPaint
        {
            IsAntialias = true,
            Shader = SKShader.CreateLinearGradient(new SKPoint(0, top), new SKPoint(0, h),
                [Mix(sky, SKColors.White, 0.5f), Mix(sky, new SKColor(40, 70, 80), 0.5f)], SKShaderTileMode.Clamp),
            MaskFilter = SKMaskFilter.CreateBlur(SKBlurStyle.Normal, 2),
        };
        canvas.DrawPath(path, water);
    }

    public static void Tree(SKCanvas canvas, float x, float y, float size, SKColor leaves, float blur)
    {
        using var trunk = Soft(new SKColor(70, 52, 40), blur);
        canvas.DrawRect(x - size * 0.08f, y - size * 0.6f, size * 0.16f, size * 0.6f, trunk);
        using var crown = Soft(leaves, blur + size * 0.05f);
        canvas.DrawOval(x, y - size * 0.95f, size * 0.55f, size * 0.5f, crown);
        using var light = Soft(Mix(leaves, new SKColor(230, 240, 160), 0.35f), size * 0.12f);
        canvas.DrawOval(x - size * 0.15f, y - size * 1.1f, size * 0.25f, size * 0.2f, light);
    }
}

/// <summary>Rows of fruit trees converging to the horizon, sunlit from the left.</summary>
public sealed class OrchardScene(int seed, SKColor leaves) : IScene
{
    public void Paint(SKCanvas canvas, int w, int h)
    {
        var random = new Random(seed);
        var horizon = h * 0.36f;
        Sky.Paint(canvas, w, horizon + h * 0.05f, new SKColor(120, 170, 220), random);
        using var ground = new SKPaint
        {
            Shader = SKShader.CreateLinearGradient(new SKPoint(0, horizon), new SKPoint(0, h),
                [new SKColor(150, 160, 100), new SKColor(96, 120, 56), new SKColor(60, 78, 36)], SKShaderTileMode.Clamp),
        };
        canvas.DrawRect(0, horizon, w, h - horizon, ground);
        var vanishing = new SKPoint(w * Between(random, 0.4f, 0.6f), horizon);
        // Far trees first, so nearer ones cover them.
        for (var depth = 16; depth >= 2; depth--)
        {
            var t = 1.6f / depth;
            foreach (var side in new[] { -1.6f, -0.9f, -0.35f, 0.35f, 0.9f, 1.6f })
            {
                var x = vanishing.X + side * w * 0.9f * t + Between(random, -4, 4);
                var y = horizon + (h - horizon) * t * 1.1f;
                var blur = depth > 8 ? 1.5f : depth < 3 ? 3f : 0.8f;
                LandscapeScene.Tree(canvas, x, y, h * 0.3f * t, Mix(leaves, new SKColor(150, 170, 170), Math.Min(0.5f, depth / 30f)), blur);
            }
        }
    }
}

/// <summary>A city at dusk: a warm sky, towers with lit windows, street lights out of focus.</summary>
public sealed class CityScene(int seed) : IScene
{
    public void Paint(SKCanvas canvas, int w, int h)
    {
        var random = new Random(seed);
        using var sky = new SKPaint
        {
            Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(0, h * 0.75f),
                [new SKColor(40, 52, 96), new SKColor(180, 110, 120), new SKColor(250, 180, 110)], SKShaderTileMode.Clamp),
        };
        canvas.DrawRect(0, 0, w, h, sky);
        for (var layer = 0; layer < 2; layer++)
        {
            var x = 0f;
            while (x < w)
            {
                var width = w * Between(random, 0.04f, 0.09f);
                var height = h * Between(random, 0.2f, 0.55f) * (layer == 0 ? 0.8f : 1f);
                var top = h * 0.78f - height;
                using var tower = Soft(layer == 0 ? new SKColor(70, 66, 96) : new SKColor(30, 30, 44), layer == 0 ? 2.5f : 0.8f);
                canvas.DrawRect(x, top, width, height + h, tower);
                using var window = Soft(new SKColor(255, 214, 140, 210), 0.6f);
                for (var wy = top + h * 0.02f; wy < h * 0.76f; wy += h * 0.025f)
                {
                    for (var wx = x + width * 0.12f; wx < x + width * 0.85f; wx += width * 0.18f)
                        if (layer == 1 && random.NextDouble() < 0.35) canvas.DrawRect(wx, wy, width * 0.09f, h * 0.012f, window);
                }
                x += width + w * Between(random, 0f, 0.02f);
            }
        }
        using var street = new SKPaint { Color = new SKColor(24, 22, 30) };
        canvas.DrawRect(0, h * 0.78f, w, h * 0.22f, street);
        for (var i = 0; i < 26; i++)
        {
            using var bokeh = Soft(i % 4 == 0 ? new SKColor(255, 120, 90, 150) : new SKColor(255, 220, 150, 140), w * 0.006f);
            canvas.DrawCircle(Between(random, 0, w), h * Between(random, 0.8f, 0.97f), w * Between(random, 0.01f, 0.028f), bokeh);
        }
    }
}

public static class Sky
{
    public static void Paint(SKCanvas canvas, int w, float horizon, SKColor color, Random random)
    {
        using var paint = new SKPaint
        {
            Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(0, horizon),
                [Mix(color, new SKColor(20, 50, 110), 0.35f), color, Mix(color, SKColors.White, 0.65f)], SKShaderTileMode.Clamp),
        };
        canvas.DrawRect(0, 0, w, horizon + 2, paint);
        for (var i = 0; i < 7; i++)
        {
            var x = Between(random, -0.1f, 1.1f) * w;
            var y = Between(random, 0.1f, 0.7f) * horizon;
            for (var puff = 0; puff < 5; puff++)
            {
                using var cloud = Soft(new SKColor(255, 255, 255, 120), w * 0.012f);
                canvas.DrawOval(x + puff * w * 0.025f, y + Between(random, -8, 8), w * Between(random, 0.03f, 0.06f), horizon * 0.05f, cloud);
            }
        }
    }
}
