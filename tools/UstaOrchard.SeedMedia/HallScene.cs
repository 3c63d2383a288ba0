using SkiaSharp;
using static UstaOrchard.SeedMedia.Film;

namespace UstaOrchard.SeedMedia;

/// <summary>
/// A conference hall seen from the back rows: ceiling lights, a red stage backdrop with a
/// presidium table, rows of delegates seen from behind, the nearest rows out of focus.
/// </summary>
public sealed class HallScene(int seed, SKColor backdrop, bool presidium = true) : IScene
{
    private static readonly SKColor[] Shirts =
    [
        new(236, 238, 240), new(214, 226, 240), new(40, 48, 66), new(58, 62, 70), new(245, 245, 242),
        new(172, 196, 222), new(90, 70, 60), new(226, 232, 236), new(30, 34, 44),
    ];

    private static readonly SKColor[] Hair = [new(22, 20, 20), new(34, 30, 28), new(48, 44, 42), new(120, 118, 116)];

    public void Paint(SKCanvas canvas, int w, int h)
    {
        var random = new Random(seed);
        DrawRoom(canvas, w, h);
        DrawLights(canvas, w, h, random);
        DrawStage(canvas, w, h, random);
        DrawAudience(canvas, w, h, random);
    }

    private static void DrawRoom(SKCanvas canvas, int w, int h)
    {
        using var wall = new SKPaint
        {
            Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(0, h),
                [new SKColor(62, 56, 52), new SKColor(196, 180, 158), new SKColor(150, 132, 112), new SKColor(86, 70, 58)],
                [0f, 0.34f, 0.55f, 1f], SKShaderTileMode.Clamp),
        };
        canvas.DrawRect(0, 0, w, h, wall);
        // Windows along the left wall, overexposed as they are in a photograph taken indoors.
        using var window = Soft(new SKColor(255, 252, 240, 200), w * 0.01f);
        for (var i = 0; i < 3; i++)
        {
            var x = w * (0.015f + i * 0.06f);
            canvas.DrawRect(x, h * (0.16f + i * 0.02f), w * 0.035f * (1 - i * 0.2f), h * (0.32f - i * 0.05f), window);
        }
    }

    private static void DrawLights(SKCanvas canvas, int w, int h, Random random)
    {
        for (var row = 0; row < 4; row++)
        {
            var y = h * (0.03f + row * 0.045f);
            var size = w * (0.012f - row * 0.002f);
            var count = 6 + row * 2;
            for (var i = 0; i < count; i++)
            {
                var x = w * (0.1f + 0.8f * (i + 0.5f) / count) + Between(random, -3, 3);
                using var glow = Soft(new SKColor(255, 236, 190, 90), size * 1.6f);
                canvas.DrawCircle(x, y, size * 2.2f, glow);
                using var bulb = Soft(new SKColor(255, 250, 235), size * 0.3f);
                canvas.DrawOval(x, y, size, size * 0.45f, bulb);
            }
        }
    }

    private void DrawStage(SKCanvas canvas, int w, int h, Random random)
    {
        var top = h * 0.2f;
        var bottom = h * 0.5f;
        var left = w * 0.26f;
        var right = w * 0.8f;
        using var curtain = new SKPaint
        {
            Shader = SKShader.CreateLinearGradient(new SKPoint(left, top), new SKPoint(right, bottom),
                [Mix(backdrop, SKColors.White, 0.12f), backdrop, Mix(backdrop, SKColors.Black, 0.35f)], SKShaderTileMode.Clamp),
        };
        canvas.DrawRect(left, top, right - left, bottom - top, curtain);
        // The emblem and the banner's lettering, too far and too soft to read.
        using var emblem = Soft(new SKColor(250, 206, 80), w * 0.004f);
        canvas.DrawCircle(left + (right - left) * 0.5f, top + (bottom - top) * 0.2f, w * 0.022f, emblem);
        using var letters = Soft(new SKColor(255, 232, 150, 220), w * 0.0035f);
        for (var line = 0; line < 3; line++)
        {
            var y = top + (bottom - top) * (0.42f + line * 0.13f);
            var span = (right - left) * (line == 1 ? 0.78f : 0.56f);
            var x = left + ((right - left) - span) / 2;
            while (x < left + ((right - left) + span) / 2)
            {
                var word = w * Between(random, 0.015f, 0.045f);
                canvas.DrawRoundRect(x, y, word, h * (line == 1 ? 0.024f : 0.016f), 3, 3, letters);
                x += word + w * 0.008f;
            }
        }
        using var floor = Soft(new SKColor(120, 84, 60), 2);
        canvas.DrawRect(left - w * 0.03f, bottom, right - left + w * 0.06f, h * 0.04f, floor);
        if (!presidium) return;

        // The presidium: a table in white and red cloth, people behind it, flowers in front.
        var tableTop = bottom - h * 0.06f;
        for (var i = 0; i < 7; i++)
        {
            var x = left + (right - left) * (0.14f + i * 0.12f);
            using var body = Soft(Shirts[random.Next(Shirts.Length)], 2.5f);
            canvas.DrawRoundRect(x - w * 0.014f, tableTop - h * 0.035f, w * 0.028f, h * 0.05f, 8, 8, body);
            using var head = Soft(Hair[random.Next(2)], 2.5f);
            canvas.DrawOval(x, tableTop - h * 0.045f, w * 0.0075f, h * 0.014f, head);
        }
        using var cloth = Soft(new SKColor(244, 242, 236), 1.5f);
        canvas.DrawRect(left + w * 0.03f, tableTop, right - left - w * 0.06f, h * 0.045f, cloth);
        using var sash = Soft(new SKColor(178, 28, 32), 1.5f);
        canvas.DrawRect(left + w * 0.03f, tableTop + h * 0.03f, right - left - w * 0.06f, h * 0.015f, sash);
        for (var i = 0; i < 14; i++)
        {
            using var flower = Soft(i % 3 == 0 ? new SKColor(240, 196, 60) : new SKColor(214, 60, 70), w * 0.003f);
            canvas.DrawCircle(left + (right - left) * Between(random, 0.42f, 0.58f), bottom + h * Between(random, 0.005f, 0.03f), w * 0.006f, flower);
        }
    }

    // Rows from the stage to the camera: each nearer row larger, lower, and (nearest) out of focus.
    private static void DrawAudience(SKCanvas canvas, int w, int h, Random random)
    {
        const int rows = 9;
        for (var row = 0; row < rows; row++)
        {
            var t = row / (float)(rows - 1);
            var scale = 0.35f + t * t * 2.2f;
            var y = h * (0.56f + t * 0.44f);
            var blur = row < 2 ? 2.2f : row > rows - 3 ? 3f + (row - rows + 3) * 3f : 1.2f;
            var spacing = w * 0.045f * scale;
            var spread = w * (0.42f + t * 0.6f);
            using var chairs = Soft(new SKColor(96, 24, 28), blur);
            canvas.DrawRect(w / 2f - spread, y - h * 0.01f * scale, spread * 2, h * 0.05f * scale, chairs);
            for (var x = w / 2f - spread + Between(random, 0, spacing); x < w / 2f + spread; x += spacing * Between(random, 0.9f, 1.15f))
            {
                if (random.NextDouble() < 0.08) continue;
                DrawDelegate(canvas, x, y, scale * w / 1600f, blur, random);
            }
        }
    }

    private static void DrawDelegate(SKCanvas canvas, float x, float y, float scale, float blur, Random random)
    {
        var shoulders = 30 * scale * Between(random, 0.9f, 1.1f);
        using var shirt = Soft(Shirts[random.Next(Shirts.Length)], blur);
        canvas.DrawRoundRect(x - shoulders, y - 20 * scale, shoulders * 2, 60 * scale, 18 * scale, 18 * scale, shirt);
        using var neck = Soft(new SKColor(196, 150, 118), blur);
        canvas.DrawRect(x - 6 * scale, y - 30 * scale, 12 * scale, 14 * scale, neck);
        using var hair = Soft(Hair[random.Next(Hair.Length)], blur);
        canvas.DrawOval(x + Between(random, -2, 2) * scale, y - 42 * scale, 12.5f * scale, 15 * scale, hair);
        // Light from the stage catches the top of the head.
        using var sheen = Soft(new SKColor(255, 240, 220, 40), blur + 2 * scale);
        canvas.DrawOval(x, y - 50 * scale, 7 * scale, 4 * scale, sheen);
    }
}
