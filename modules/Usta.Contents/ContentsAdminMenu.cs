using Microsoft.Extensions.Localization;
using UstaOrchard.Core.Admin;
using UstaOrchard.Core.Definitions;
using UstaOrchard.Core.Security;

namespace Usta.Contents;

/// <summary>The content list, "new …" for each creatable type the user may write, and the recycle bin.</summary>
public sealed class ContentsAdminMenu(ContentDefinitionManager definitions, IStringLocalizer<ContentsStartup> S) : IAdminMenuProvider
{
    public async Task BuildAsync(AdminMenuItem root, CancellationToken ct)
    {
        var group = root.Item(AdminMenuGroups.Content);
        group.Add("contents", S["All content"], "/Admin/Contents", 0);
        var position = 10;
        foreach (var type in (await definitions.ListTypesAsync(ct)).Where(t => t.TypeSettings.Creatable))
        {
            // Their own item is enough to create one: EditContent_X implies EditOwnContent_X.
            group.Add("create-" + type.Name, S["New {0}", type.DisplayName], "/Admin/Contents/Create/" + type.Name, position++,
                ContentPermissions.ForType(ContentPermissions.EditOwnContent, type.Name));
        }
        group.Add("recycle-bin", S["Recycle bin"], "/Admin/Contents/RecycleBin", 100, ContentPermissions.ManageRecycleBin);
    }
}
