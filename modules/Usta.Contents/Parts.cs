using System.Text.Json.Serialization;
using Usta.Contents.Editing.Drivers;
using UstaOrchard.Core.Contents;

namespace Usta.Contents;

/// <summary>The item's title; it also becomes the item's DisplayText.</summary>
public sealed class TitlePart : ContentPart
{
    public string? Title { get; set; }
}

/// <summary>Rich text body, stored as HTML.</summary>
public sealed class HtmlBodyPart : ContentPart
{
    public string? Html { get; set; }
}

/// <summary>The item's public URL path, without a leading slash (<c>tin-tuc/dong-nai-…</c>).</summary>
public sealed class AutoroutePart : ContentPart
{
    public string? Path { get; set; }
    public bool SetHomepage { get; set; }
}

/// <summary>
/// Type-part settings of AutoroutePart: the path prefix of the type (<c>"Prefix": "tin-tuc"</c>), and
/// whether editors may write the path themselves (otherwise it is made from the title).
/// </summary>
public sealed class AutoroutePartSettings
{
    public string? Prefix { get; set; }

    /// <summary>Orchard's Liquid pattern, for types without a prefix: see <see cref="AutoroutePattern"/>.</summary>
    public string? Pattern { get; set; }

    [JsonConverter(typeof(LenientBoolConverter))]
    public bool AllowCustomPath { get; set; }
}

/// <summary>A body written in Markdown, rendered with raw HTML off.</summary>
public sealed class MarkdownBodyPart : ContentPart
{
    public string? Markdown { get; set; }
}

/// <summary>A category term (Tin tức – Sự kiện, Phổ biến kiến thức, …): order in menus and an optional parent.</summary>
public sealed class CategoryPart : ContentPart
{
    public int Order { get; set; }
    public string? ParentContentItemId { get; set; }
    public string? Description { get; set; }
    public bool ShowInMenu { get; set; } = true;
}

/// <summary>A "Liên Kết Website" entry: a related portal, grouped and ordered.</summary>
public sealed class LinkPart : ContentPart
{
    public string? Url { get; set; }
    public string? Group { get; set; }
    public int Order { get; set; }
}

/// <summary>A "Liên Kết Website" group (its title is the Group links name): where it stands in the block.</summary>
public sealed class LinkGroupPart : ContentPart
{
    public int Order { get; set; }
}
