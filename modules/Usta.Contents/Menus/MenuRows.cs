using System.Globalization;

namespace Usta.Contents.Menus;

/// <summary>One row of the menu editor: an entry flattened with its level and position.</summary>
public sealed class MenuRowInput
{
    public string? Id { get; set; }
    public string? Text { get; set; }
    public string? Url { get; set; }

    /// <summary>The chosen category or page; empty for a link by address.</summary>
    public string? Target { get; set; }
    public string? Depth { get; set; }
    public string? Position { get; set; }
    public bool Remove { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Text) && string.IsNullOrWhiteSpace(Url) && string.IsNullOrWhiteSpace(Target);
}

/// <summary>A checked row: what it becomes, where it goes.</summary>
public sealed record MenuRow(int Index, int Position, int Depth, MenuItemEntry Entry);

/// <summary>The menu tree as editor rows and back: depth-first, positions 10, 20, … so a row can be slotted between two.</summary>
public static class MenuRows
{
    public const int PositionStep = 10;

    public static List<MenuRowInput> Flatten(IEnumerable<MenuItemEntry> entries)
    {
        var rows = new List<MenuRowInput>();
        void Walk(IEnumerable<MenuItemEntry> level, int depth)
        {
            foreach (var entry in level)
            {
                var isContent = entry.ContentType == MenuTypes.ContentMenuItem;
                rows.Add(new MenuRowInput
                {
                    Id = entry.ContentItemId,
                    Text = isContent ? entry.ContentMenuItemPart?.Name : entry.LinkMenuItemPart?.Name ?? entry.DisplayText,
                    Url = isContent ? null : entry.LinkMenuItemPart?.Url,
                    Target = entry.SelectedId,
                    Depth = Math.Min(depth, MenuTypes.MaxDepth).ToString(CultureInfo.InvariantCulture),
                    Position = ((rows.Count + 1) * PositionStep).ToString(CultureInfo.InvariantCulture),
                });
                Walk(entry.Children, depth + 1);
            }
        }
        Walk(entries, 1);
        return rows;
    }

    /// <summary>Every entry of the tree, by id: a saved row keeps what an Orchard recipe stored beside what it edits.</summary>
    public static Dictionary<string, MenuItemEntry> ById(IEnumerable<MenuItemEntry> entries)
    {
        var found = new Dictionary<string, MenuItemEntry>(StringComparer.Ordinal);
        void Walk(IEnumerable<MenuItemEntry> level)
        {
            foreach (var entry in level)
            {
                if (!string.IsNullOrEmpty(entry.ContentItemId)) found.TryAdd(entry.ContentItemId, entry);
                Walk(entry.Children);
            }
        }
        Walk(entries);
        return found;
    }

    /// <summary>
    /// The rows in position order (ties keep the form's order) nested by level: a row sits under the
    /// nearest row above it one level up; a level deeper than that is lifted to it.
    /// </summary>
    public static List<MenuItemEntry> Build(IEnumerable<MenuRow> rows)
    {
        var top = new List<MenuItemEntry>();
        var path = new List<MenuItemEntry>();
        foreach (var row in rows.OrderBy(r => r.Position).ThenBy(r => r.Index))
        {
            var depth = Math.Clamp(row.Depth, 1, path.Count + 1);
            path.RemoveRange(depth - 1, path.Count - (depth - 1));
            row.Entry.MenuItemsListPart = null;
            if (depth == 1) top.Add(row.Entry);
            else (path[^1].MenuItemsListPart ??= new MenuItemsListPart()).MenuItems.Add(row.Entry);
            path.Add(row.Entry);
        }
        return top;
    }
}
