using Microsoft.Extensions.Localization;
using UstaOrchard.Core.Definitions;
using UstaOrchard.Core.Security;

namespace Usta.Contents;

/// <summary>
/// The content verbs for all types, then each verb for each stored type (its group is the type).
/// Descriptions and the group are in the reader's language: the roles grid shows them as they are.
/// </summary>
public sealed class ContentPermissionProvider(ContentDefinitionManager definitions, IStringLocalizer<ContentsStartup> S) : IPermissionProvider
{
    public async Task<IEnumerable<Permission>> GetPermissionsAsync(CancellationToken ct = default)
    {
        var group = S["Content"].Value;
        var list = ContentPermissions.Verbs.Select(v => new Permission(v, Describe(v), group)).ToList();
        list.Add(new Permission(ContentPermissions.ManageRecycleBin, S["Restore or purge items in the recycle bin"], group));
        foreach (var type in await definitions.ListTypesAsync(ct))
            list.AddRange(ContentPermissions.Verbs.Select(v => new Permission(ContentPermissions.ForType(v, type.Name), Describe(v), type.Name)));
        return list;
    }

    private string Describe(string verb) => verb switch
    {
        ContentPermissions.ViewContent => S["View"],
        ContentPermissions.PreviewContent => S["Preview"],
        ContentPermissions.PreviewOwnContent => S["Preview own"],
        ContentPermissions.EditContent => S["Edit"],
        ContentPermissions.EditOwnContent => S["Edit own"],
        ContentPermissions.SubmitContent => S["Submit for review"],
        ContentPermissions.SubmitOwnContent => S["Submit own for review"],
        ContentPermissions.PublishContent => S["Publish"],
        ContentPermissions.PublishOwnContent => S["Publish own"],
        ContentPermissions.DeleteContent => S["Delete"],
        ContentPermissions.DeleteOwnContent => S["Delete own"],
        _ => verb,
    };
}
