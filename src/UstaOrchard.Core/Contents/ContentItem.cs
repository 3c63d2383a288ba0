using System.Text.Json;
using System.Text.Json.Nodes;

namespace UstaOrchard.Core.Contents;

/// <summary>
/// One version of a content item, in Orchard's shape: common columns plus a JSON document of
/// parts and fields. <see cref="ContentItemId"/> is stable across versions; each saved version
/// has its own <see cref="ContentItemVersionId"/>.
/// </summary>
public sealed class ContentItem
{
    /// <summary>The row id of this version (Orchard's document id).</summary>
    public int Id { get; set; }
    public string ContentItemId { get; set; } = "";
    public string ContentItemVersionId { get; set; } = "";
    public string ContentType { get; set; } = "";
    public string DisplayText { get; set; } = "";
    public bool Latest { get; set; }
    public bool Published { get; set; }
    public string Owner { get; set; } = "";
    public string Author { get; set; } = "";
    public DateTime? CreatedUtc { get; set; }
    public DateTime? ModifiedUtc { get; set; }
    public DateTime? PublishedUtc { get; set; }

    /// <summary>The user who wrote this version (null for recipes and background jobs): the history's "who".</summary>
    public string? ModifiedBy { get; set; }

    public JsonObject Content { get; set; } = new();

    /// <summary>Changes on every save; a save that started from another stamp is a conflict.</summary>
    public string ConcurrencyStamp { get; set; } = Guid.NewGuid().ToString("N");

    /// <summary>The part stored under <typeparamref name="TPart"/>'s name, or null when the item has none.</summary>
    public TPart? As<TPart>() where TPart : ContentPart
        => Content[ContentPart.NameOf<TPart>()] is JsonObject json ? json.Deserialize<TPart>(ContentJson.Options) : null;

    /// <summary>Writes the typed part back into the item's JSON, keeping properties the class does not know.</summary>
    public ContentItem Apply<TPart>(TPart part) where TPart : ContentPart
    {
        Content[ContentPart.NameOf<TPart>()] = JsonSerializer.SerializeToNode(part, ContentJson.Options);
        return this;
    }

    public ContentItem Alter<TPart>(Action<TPart> change) where TPart : ContentPart, new()
    {
        var part = As<TPart>() ?? new TPart();
        change(part);
        return Apply(part);
    }

    /// <summary>A detached copy: same ids and values, its own JSON.</summary>
    public ContentItem Clone() => new()
    {
        Id = Id,
        ContentItemId = ContentItemId,
        ContentItemVersionId = ContentItemVersionId,
        ContentType = ContentType,
        DisplayText = DisplayText,
        Latest = Latest,
        Published = Published,
        Owner = Owner,
        Author = Author,
        CreatedUtc = CreatedUtc,
        ModifiedUtc = ModifiedUtc,
        PublishedUtc = PublishedUtc,
        ModifiedBy = ModifiedBy,
        Content = (JsonObject)Content.DeepClone(),
        ConcurrencyStamp = ConcurrencyStamp,
    };
}
