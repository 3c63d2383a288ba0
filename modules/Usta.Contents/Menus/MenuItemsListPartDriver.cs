using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Usta.Contents.Editing;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;
using UstaOrchard.Core.Text;

namespace Usta.Contents.Menus;

public sealed record MenuTarget(string ContentItemId, string Title, string ContentType, bool Published);

public sealed class MenuItemsListPartEditor : EditorModel
{
    public List<MenuRowInput> Rows { get; set; } = [];

    [BindNever]
    public IReadOnlyList<MenuTarget> Targets { get; set; } = [];
}

/// <summary>
/// The menu's entries as rows (text, a category or page or an address, level, position), editable
/// without JavaScript; empty rows at the end add entries. Addresses are site paths or http(s) only,
/// three levels at most, and a chosen item must exist.
/// </summary>
public sealed class MenuItemsListPartDriver(UstaDbContext db, IStringLocalizer<ContentsStartup> S) : IContentPartDriver
{
    public const int MaxRows = 200;
    public const int MaxTextLength = 200;
    public const int BlankRows = 3;

    public string PartName => nameof(MenuItemsListPart);

    public async Task<EditorSlot?> EditAsync(PartContext context)
    {
        var rows = MenuRows.Flatten(context.Item.As<MenuItemsListPart>()?.MenuItems ?? []);
        return await EditorAsync(context, new MenuItemsListPartEditor { Rows = rows });
    }

    public async Task<EditorSlot?> UpdateAsync(PartContext context, IUpdateModel updater)
    {
        var input = new MenuItemsListPartEditor();
        await updater.TryUpdateModelAsync(input, context.Prefix);
        if (input.Rows.Count > MaxRows)
        {
            updater.ModelState.AddModelError(context.Prefix, S["A menu has at most {0} entries.", MaxRows]);
            input.Rows = input.Rows.Take(MaxRows).ToList();
            return await EditorAsync(context, input);
        }
        var old = MenuRows.ById(context.Item.As<MenuItemsListPart>()?.MenuItems ?? []);
        var chosen = input.Rows.Where(r => !r.Remove && !string.IsNullOrWhiteSpace(r.Target)).Select(r => r.Target!.Trim()).Distinct().ToList();
        var existing = await ExistingAsync(chosen, context.CancellationToken);
        var rows = new List<MenuRow>();
        for (var i = 0; i < input.Rows.Count; i++)
        {
            if (Check(context, updater, input.Rows[i], i, old, existing) is { } row) rows.Add(row);
        }
        if (updater.ModelState.IsValid)
            context.Item.Alter<MenuItemsListPart>(p => p.MenuItems = MenuRows.Build(rows));
        return await EditorAsync(context, input);
    }

    public Task<DisplaySlot?> DisplayAsync(PartContext context) => Task.FromResult<DisplaySlot?>(null);

    private MenuRow? Check(PartContext context, IUpdateModel updater, MenuRowInput input, int index,
        Dictionary<string, MenuItemEntry> old, Dictionary<string, MenuTarget> existing)
    {
        if (input.Remove || input.IsBlank) return null;
        var key = $"{context.Prefix}.Rows[{index}]";
        var number = index + 1;
        var text = VietnameseText.Nfc(input.Text).Trim();
        var url = (input.Url ?? "").Trim();
        var target = (input.Target ?? "").Trim();
        var errors = updater.ModelState.ErrorCount;
        if (!int.TryParse((input.Depth ?? "").Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var depth) || depth < 1 || depth > MenuTypes.MaxDepth)
            updater.ModelState.AddModelError($"{key}.Depth", S["Entry {0}: the level must be 1, 2 or 3.", number]);
        if (!int.TryParse((input.Position ?? "").Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var position))
            updater.ModelState.AddModelError($"{key}.Position", S["Entry {0}: the position must be a whole number.", number]);
        if (text.Length > MaxTextLength)
            updater.ModelState.AddModelError($"{key}.Text", S["Entry {0}: the text has {1:N0} characters; at most {2:N0} are allowed.", number, text.Length, MaxTextLength]);
        if (target.Length > 0 && url.Length > 0)
            updater.ModelState.AddModelError($"{key}.Url", S["Entry {0}: choose a page or category, or enter an address, not both.", number]);
        else if (target.Length > 0 && !existing.ContainsKey(target))
            updater.ModelState.AddModelError($"{key}.Target", S["Entry {0}: the chosen page or category does not exist.", number]);
        else if (target.Length == 0 && url.Length == 0)
            updater.ModelState.AddModelError($"{key}.Url", S["Entry {0}: choose a page or category, or enter an address.", number]);
        else if (target.Length == 0 && !MenuUrl.IsAllowed(url))
            updater.ModelState.AddModelError($"{key}.Url", S["Entry {0}: the address must be a page of this site (starting with /) or start with http:// or https://.", number]);
        else if (target.Length == 0 && text.Length == 0)
            updater.ModelState.AddModelError($"{key}.Text", S["Entry {0}: enter the text of the link.", number]);
        if (updater.ModelState.ErrorCount > errors) return null;

        var id = input.Id?.Trim();
        var previous = id is not null && old.TryGetValue(id, out var found) ? found : null;
        var entry = new MenuItemEntry { ContentItemId = previous?.ContentItemId ?? IdGenerator.NewId(), ExtensionData = previous?.ExtensionData };
        if (target.Length > 0)
        {
            entry.ContentType = MenuTypes.ContentMenuItem;
            entry.DisplayText = text.Length > 0 ? text : existing[target].Title;
            entry.ContentMenuItemPart = previous?.ContentMenuItemPart ?? new ContentMenuItemPart();
            entry.ContentMenuItemPart.Name = text.Length > 0 ? text : null;
            entry.ContentMenuItemPart.SelectedContentItem = new ContentPickerValue { ContentItemIds = [target] };
        }
        else
        {
            entry.ContentType = MenuTypes.LinkMenuItem;
            entry.DisplayText = text;
            entry.LinkMenuItemPart = previous?.LinkMenuItemPart ?? new LinkMenuItemPart();
            entry.LinkMenuItemPart.Name = text;
            entry.LinkMenuItemPart.Url = url;
        }
        return new MenuRow(index, position, depth, entry);
    }

    private async Task<Dictionary<string, MenuTarget>> ExistingAsync(List<string> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return [];
        var rows = await db.ContentItems.AsNoTracking()
            .Where(x => x.Latest && ids.Contains(x.ContentItemId) && (x.ContentType == ContentTypes.Category || x.ContentType == ContentTypes.Page))
            .Select(x => new MenuTarget(x.ContentItemId, x.DisplayText, x.ContentType, x.Published)).ToListAsync(ct);
        return rows.GroupBy(r => r.ContentItemId).ToDictionary(g => g.Key, g => g.First());
    }

    private async Task<EditorSlot> EditorAsync(PartContext context, MenuItemsListPartEditor model)
    {
        var published = await db.ContentItems.AsNoTracking()
            .Where(x => x.Published && (x.ContentType == ContentTypes.Category || x.ContentType == ContentTypes.Page))
            .Select(x => new MenuTarget(x.ContentItemId, x.DisplayText, x.ContentType, true)).ToListAsync(context.CancellationToken);
        // A chosen item that is no longer published stays a choice, so that saving does not lose it.
        var missing = model.Rows.Select(r => r.Target?.Trim()).OfType<string>().Where(t => t.Length > 0 && published.All(p => p.ContentItemId != t)).Distinct().ToList();
        var unpublished = (await ExistingAsync(missing, context.CancellationToken)).Values;
        model.Targets = published.Concat(unpublished).OrderBy(t => t.ContentType).ThenBy(t => t.Title, StringComparer.CurrentCulture).ToList();
        // Empty rows to fill in: "add an entry" without JavaScript (a re-shown form already has its own).
        var trailing = Enumerable.Reverse(model.Rows).TakeWhile(r => r.IsBlank).Count();
        for (var i = trailing; i < BlankRows; i++)
            model.Rows.Add(new MenuRowInput { Depth = "1", Position = ((model.Rows.Count + 1) * MenuRows.PositionStep).ToString(CultureInfo.InvariantCulture) });
        return context.Editor("/Views/Parts/MenuItemsListPart.Edit.cshtml", model, S["Menu entries"]);
    }
}
