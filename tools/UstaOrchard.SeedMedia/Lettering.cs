using System.Text;
using SkiaSharp;

namespace UstaOrchard.SeedMedia;

/// <summary>
/// Vietnamese text with Skia: a typeface that has every glyph (DejaVu, as Debian installs it),
/// text composed (NFC) so each letter with its marks is one glyph, and simple word wrapping.
/// </summary>
public sealed class Lettering : IDisposable
{
    private static readonly string[] Folders = ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu", "/usr/local/share/fonts"];

    public Lettering()
    {
        Regular = Load("DejaVuSans.ttf");
        Bold = Load("DejaVuSans-Bold.ttf");
        Serif = Load("DejaVuSerif-Bold.ttf");
        Book = Load("DejaVuSerif.ttf");
    }

    public SKTypeface Regular { get; }
    public SKTypeface Bold { get; }
    public SKTypeface Serif { get; }

    /// <summary>The one typeface of a PDF's text pages: Skia embeds every font whole, a few hundred KiB each.</summary>
    public SKTypeface Book { get; }

    /// <summary>Stops the generator if a letter would come out as an empty box.</summary>
    public static void CheckGlyphs(SKTypeface typeface, string text)
    {
        using var font = new SKFont(typeface, 12);
        var composed = text.Normalize(NormalizationForm.FormC);
        var glyphs = font.GetGlyphs(composed);
        var missing = composed.Where((c, i) => !char.IsWhiteSpace(c) && i < glyphs.Length && glyphs[i] == 0).Distinct().ToArray();
        if (missing.Length > 0)
            throw new InvalidOperationException($"{typeface.FamilyName} has no glyph for: {new string(missing)}");
    }

    public static void Draw(SKCanvas canvas, string text, float x, float y, SKFont font, SKColor color, SKTextAlign align = SKTextAlign.Left)
    {
        using var paint = new SKPaint { Color = color, IsAntialias = true };
        canvas.DrawText(text.Normalize(NormalizationForm.FormC), x, y, align, font, paint);
    }

    /// <summary>Draws <paramref name="text"/> wrapped to <paramref name="width"/>; returns the y below the last line.</summary>
    public static float Paragraph(SKCanvas canvas, string text, float x, float y, float width, SKFont font, SKColor color, float lineHeight)
    {
        var line = new StringBuilder();
        foreach (var word in text.Normalize(NormalizationForm.FormC).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && font.MeasureText(candidate) > width)
            {
                Draw(canvas, line.ToString(), x, y, font, color);
                y += lineHeight;
                line.Clear().Append(word);
            }
            else
            {
                line.Clear().Append(candidate);
            }
        }
        if (line.Length > 0)
        {
            Draw(canvas, line.ToString(), x, y, font, color);
            y += lineHeight;
        }
        return y;
    }

    private static SKTypeface Load(string file)
    {
        foreach (var folder in Folders)
        {
            var path = Path.Combine(folder, file);
            if (File.Exists(path)) return SKTypeface.FromFile(path);
        }
        throw new FileNotFoundException($"{file} not found (Debian: apt-get install fonts-dejavu-core)");
    }

    public void Dispose()
    {
        Regular.Dispose();
        Bold.Dispose();
        Serif.Dispose();
        Book.Dispose();
    }
}
