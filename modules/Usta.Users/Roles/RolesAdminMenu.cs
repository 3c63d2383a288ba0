using Microsoft.Extensions.Localization;
using UstaOrchard.Core.Admin;

namespace Usta.Users.Roles;

public sealed class RolesAdminMenu(IStringLocalizer<UsersStartup> S) : IAdminMenuProvider
{
    public Task BuildAsync(AdminMenuItem root, CancellationToken ct)
    {
        root.Item(AdminMenuGroups.Security).Add("roles", S["Roles"], "/Admin/Roles", 10, Permissions.ManageRoles);
        return Task.CompletedTask;
    }
}
