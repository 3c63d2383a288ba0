using Microsoft.Extensions.Configuration;

namespace Usta.Media;

/// <summary>The <c>Media:</c> settings the serving side reads.</summary>
public sealed class MediaOptions
{
    public const long DefaultMaxImagePixels = 50_000_000;

    /// <summary>The only widths a derivative may have: a fixed set, so nobody can fill the disk with variants.</summary>
    public static readonly IReadOnlyList<int> Widths = [160, 320, 480, 640, 960, 1280, 1920];

    /// <summary>Largest image (width × height, read from its header) that is decoded at all.</summary>
    public long MaxImagePixels { get; init; } = DefaultMaxImagePixels;

    public static MediaOptions From(IConfiguration configuration) => new()
    {
        MaxImagePixels = configuration.GetValue<long?>("Media:MaxImagePixels") is > 0 and var max ? max : DefaultMaxImagePixels,
    };
}
