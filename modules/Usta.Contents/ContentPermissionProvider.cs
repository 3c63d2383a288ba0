using UstaOrchard.Core.Definitions;
using UstaOrchard.Core.Security;

namespace Usta.Contents;

/// <summary>The content verbs for all types, then each verb for each stored type (its group is the type).</summary>
public sealed class ContentPermissionProvider(ContentDefinitionManager definitions) : IPermissionProvider
{
    public async Task<IEnumerable<Permission>> GetPermissionsAsync(CancellationToken ct = default)
    {
        var list = ContentPermissions.Verbs.Select(v => new Permission(v, v, "Content")).ToList();
        list.Add(new Permission(ContentPermissions.ManageRecycleBin, ContentPermissions.ManageRecycleBin, "Content"));
        foreach (var type in await definitions.ListTypesAsync(ct))
            list.AddRange(ContentPermissions.Verbs.Select(v => new Permission(ContentPermissions.ForType(v, type.Name), v, type.Name)));
        return list;
    }
}
