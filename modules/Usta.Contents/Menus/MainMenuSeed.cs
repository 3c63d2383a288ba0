using Microsoft.EntityFrameworkCore;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;

namespace Usta.Contents.Menus;

/// <summary>
/// An existing site's main menu as it showed before menus were data: its published categories marked
/// "show in menu", in their order, each with its sub-categories, published as the Menu item "main-menu".
/// </summary>
public sealed class MainMenuSeed(UstaDbContext db, ContentManager contents)
{
    public const string Title = "Menu chính";

    public async Task CreateAsync(CancellationToken ct)
    {
        if (await MainMenu.FindAsync(db, latest: true, ct) is not null) return;
        var rows = await db.Set<CategoryIndex>().AsNoTracking().Where(x => x.Published && x.ShowInMenu)
            .OrderBy(x => x.Order).ThenBy(x => x.Title).ToListAsync(ct);
        var ids = rows.Select(r => r.ContentItemId).ToHashSet();
        // As the menu showed them: a category whose parent is not shown stands at the top; two levels.
        var top = rows.Where(r => r.ParentContentItemId is null || !ids.Contains(r.ParentContentItemId));
        var entries = top.Select(r => Entry(r, rows.Where(c => c.ParentContentItemId == r.ContentItemId).Select(c => Entry(c, [])).ToList())).ToList();

        var menu = contents.New(MenuTypes.Menu);
        menu.DisplayText = Title;
        menu.Alter<TitlePart>(p => p.Title = Title);
        menu.Alter<AliasPart>(p => p.Alias = MenuTypes.MainMenuAlias);
        menu.Alter<MenuPart>(_ => { });
        menu.Alter<MenuItemsListPart>(p => p.MenuItems = entries);
        await contents.CreateAsync(menu, publish: true, ct);
    }

    private static MenuItemEntry Entry(CategoryIndex category, List<MenuItemEntry> children) => new()
    {
        ContentItemId = IdGenerator.NewId(),
        ContentType = MenuTypes.ContentMenuItem,
        DisplayText = category.Title,
        ContentMenuItemPart = new ContentMenuItemPart { SelectedContentItem = new ContentPickerValue { ContentItemIds = [category.ContentItemId] } },
        MenuItemsListPart = children.Count > 0 ? new MenuItemsListPart { MenuItems = children } : null,
    };
}
