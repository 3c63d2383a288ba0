using System.Text.Json.Serialization;

namespace UstaOrchard.Core.Contents;

// Field shapes as Orchard stores them inside a part: "Lead": { "Text": "..." }.

public sealed class TextField
{
    public string? Text { get; set; }
}

public sealed class BooleanField
{
    public bool Value { get; set; }
}

public sealed class NumericField
{
    public decimal? Value { get; set; }
}

public sealed class DateTimeField
{
    public DateTime? Value { get; set; }
}

public sealed class LinkField
{
    public string? Url { get; set; }
    public string? Text { get; set; }
}

/// <summary>
/// Media paths relative to the media root, with their alternative texts (Orchard's <c>MediaTexts</c>)
/// and captions in the same order. <c>Captions</c> is ours: Orchard has no caption, and a JSON
/// without it reads as no captions.
/// </summary>
public sealed class MediaField
{
    public List<string> Paths { get; set; } = [];
    public List<string> MediaTexts { get; set; } = [];
    public List<string> Captions { get; set; } = [];

    [JsonIgnore]
    public string? FirstPath => Paths.Count > 0 ? Paths[0] : null;
    [JsonIgnore]
    public string? FirstText => MediaTexts.Count > 0 ? MediaTexts[0] : null;
    [JsonIgnore]
    public string? FirstCaption => Captions.Count > 0 && !string.IsNullOrWhiteSpace(Captions[0]) ? Captions[0] : null;
}

public sealed class ContentPickerField
{
    public List<string> ContentItemIds { get; set; } = [];
}

public sealed class TaxonomyField
{
    public string? TaxonomyContentItemId { get; set; }
    public List<string> TermContentItemIds { get; set; } = [];
}
