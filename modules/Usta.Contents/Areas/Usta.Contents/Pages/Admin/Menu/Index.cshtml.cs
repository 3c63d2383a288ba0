using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Usta.Contents.Menus;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;
using UstaOrchard.Core.Security;

namespace Usta.Contents.Areas.Usta.Contents.Pages.Admin.Menu;

/// <summary>
/// The main menu's address in the admin: its editor when it exists; on a site without one (set up
/// from the blank recipe) a button that makes an empty published main menu to fill in.
/// </summary>
public sealed class IndexModel(UstaDbContext db, ContentManager contents, IStringLocalizer<ContentsStartup> S) : PageModel
{
    public bool CanCreate { get; private set; }

    [TempData]
    public string? Status { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!User.Can(ContentPermissions.EditContent, MenuTypes.Menu, owned: false)) return Forbid();
        if (await MainMenu.FindAsync(db, latest: true, ct) is { } menu) return RedirectToPage("/Admin/Contents/Edit", new { id = menu.ContentItemId });
        CanCreate = User.Can(ContentPermissions.PublishContent, MenuTypes.Menu, owned: false);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!User.Can(ContentPermissions.EditContent, MenuTypes.Menu, owned: false)
            || !User.Can(ContentPermissions.PublishContent, MenuTypes.Menu, owned: false)) return Forbid();
        var menu = await MainMenu.FindAsync(db, latest: true, ct);
        if (menu is null)
        {
            var item = contents.New(MenuTypes.Menu);
            item.DisplayText = MainMenuSeed.Title;
            item.Owner = item.Author = User.OwnerName();
            item.Alter<TitlePart>(p => p.Title = MainMenuSeed.Title);
            item.Alter<AliasPart>(p => p.Alias = MenuTypes.MainMenuAlias);
            item.Alter<MenuPart>(_ => { });
            item.Alter<MenuItemsListPart>(_ => { });
            menu = await contents.CreateAsync(item, publish: true, ct);
            Status = S["The main menu was created. Add its entries."];
        }
        return RedirectToPage("/Admin/Contents/Edit", new { id = menu.ContentItemId });
    }
}
