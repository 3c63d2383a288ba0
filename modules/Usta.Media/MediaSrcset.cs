namespace Usta.Media;

/// <summary>The <c>srcset</c> candidates of an image: offered widths up to the original's, then one that gives the original size.</summary>
public static class MediaSrcset
{
    public sealed record Candidate(int Width, int Descriptor);

    public static IReadOnlyList<Candidate> For(int originalWidth)
    {
        var list = MediaOptions.Widths.Where(w => w <= originalWidth).Select(w => new Candidate(w, w)).ToList();
        // A derivative is never upscaled: the next width up gives the original size, so it is described as such.
        if (list.Count == 0 || list[^1].Width < originalWidth)
        {
            var above = MediaOptions.Widths.FirstOrDefault(w => w > originalWidth);
            if (above > 0) list.Add(new Candidate(above, originalWidth));
        }
        return list;
    }
}
