using Microsoft.Extensions.Localization;
using UstaOrchard.Core.Admin;
using UstaOrchard.Core.Data;
using UstaOrchard.Core.Security;

namespace Usta.Contents.Menus;

/// <summary>"Menu": the main menu's editor (or the page that makes one); "Website links": the content list of Link items.</summary>
public sealed class MenuAdminMenu(UstaDbContext db, IStringLocalizer<ContentsStartup> S) : IAdminMenuProvider
{
    public async Task BuildAsync(AdminMenuItem root, CancellationToken ct)
    {
        var group = root.Item(AdminMenuGroups.Content);
        // Straight to its editor (the breadcrumbs of the edit page then name it); without one, the page that makes it.
        var menu = await MainMenu.FindAsync(db, latest: true, ct);
        group.Add("menu", S["Main menu"], menu is null ? "/Admin/Menu" : "/Admin/Contents/Edit/" + menu.ContentItemId, 5,
            ContentPermissions.ForType(ContentPermissions.EditContent, MenuTypes.Menu));
        group.Add("links", S["Website links"], "/Admin/Contents?type=" + ContentTypes.Link, 6, ContentPermissions.ForType(ContentPermissions.EditOwnContent, ContentTypes.Link));
    }
}
