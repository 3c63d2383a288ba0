using Microsoft.Extensions.Localization;
using UstaOrchard.Core.Admin;
using UstaOrchard.Core.Data;
using UstaOrchard.Core.Security;

namespace Usta.Contents.Menus;

/// <summary>"Menu": the main menu's editor; "Website links": the content list of Link items.</summary>
public sealed class MenuAdminMenu(UstaDbContext db, IStringLocalizer<ContentsStartup> S) : IAdminMenuProvider
{
    public async Task BuildAsync(AdminMenuItem root, CancellationToken ct)
    {
        var group = root.Item(AdminMenuGroups.Content);
        if (await MainMenu.FindAsync(db, latest: true, ct) is { } menu)
            group.Add("menu", S["Main menu"], "/Admin/Contents/Edit/" + menu.ContentItemId, 5, ContentPermissions.ForType(ContentPermissions.EditContent, MenuTypes.Menu));
        group.Add("links", S["Website links"], "/Admin/Contents?type=" + ContentTypes.Link, 6, ContentPermissions.ForType(ContentPermissions.EditOwnContent, ContentTypes.Link));
    }
}
