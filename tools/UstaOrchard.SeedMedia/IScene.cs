using SkiaSharp;

namespace UstaOrchard.SeedMedia;

/// <summary>A picture drawn to any size on any canvas (a JPEG's bitmap, a PDF page).</summary>
public interface IScene
{
    void Paint(SKCanvas canvas, int width, int height);
}
