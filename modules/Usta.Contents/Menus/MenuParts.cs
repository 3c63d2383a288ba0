using System.Text.Json;
using System.Text.Json.Serialization;
using UstaOrchard.Core.Contents;

namespace Usta.Contents.Menus;

/// <summary>Orchard's handle of an item (<c>"alias:main-menu"</c>): how the theme finds the main menu.</summary>
public sealed class AliasPart : ContentPart
{
    public string? Alias { get; set; }
}

/// <summary>Orchard's marker part of the Menu type; it holds nothing.</summary>
public sealed class MenuPart : ContentPart;

/// <summary>
/// A menu's entries (Orchard's shape): embedded items of type LinkMenuItem or ContentMenuItem, each
/// with its own MenuItemsListPart for its children.
/// </summary>
public sealed class MenuItemsListPart : ContentPart
{
    public List<MenuItemEntry> MenuItems { get; set; } = [];
}

/// <summary>One embedded menu item; parts this code does not know (from an Orchard recipe) are kept.</summary>
public sealed class MenuItemEntry
{
    public string? ContentItemId { get; set; }
    public string? ContentType { get; set; }
    public string? DisplayText { get; set; }
    public LinkMenuItemPart? LinkMenuItemPart { get; set; }
    public ContentMenuItemPart? ContentMenuItemPart { get; set; }
    public MenuItemsListPart? MenuItemsListPart { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }

    [JsonIgnore]
    public IReadOnlyList<MenuItemEntry> Children => MenuItemsListPart?.MenuItems ?? [];

    /// <summary>The item a ContentMenuItem points at (its picker's first id), or null.</summary>
    [JsonIgnore]
    public string? SelectedId => ContentType == MenuTypes.ContentMenuItem
        ? ContentMenuItemPart?.SelectedContentItem?.ContentItemIds?.FirstOrDefault(id => !string.IsNullOrWhiteSpace(id))
        : null;
}

public sealed class LinkMenuItemPart
{
    public string? Name { get; set; }
    public string? Url { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}

/// <summary>A menu entry naming an item of the site; <see cref="Name"/> overrides the item's title when set.</summary>
public sealed class ContentMenuItemPart
{
    public string? Name { get; set; }
    public ContentPickerValue? SelectedContentItem { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}

public sealed class ContentPickerValue
{
    public List<string>? ContentItemIds { get; set; }
}

public static class MenuTypes
{
    public const string Menu = "Menu";
    public const string LinkMenuItem = "LinkMenuItem";
    public const string ContentMenuItem = "ContentMenuItem";

    /// <summary>The alias of the menu the layout shows.</summary>
    public const string MainMenuAlias = "main-menu";

    /// <summary>Menus nest at most this deep (a top entry, its child, the child's child).</summary>
    public const int MaxDepth = 3;
}
