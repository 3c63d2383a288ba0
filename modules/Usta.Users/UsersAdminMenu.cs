using Microsoft.Extensions.Localization;
using UstaOrchard.Core.Admin;

namespace Usta.Users;

public sealed class UsersAdminMenu(IStringLocalizer<UsersStartup> S) : IAdminMenuProvider
{
    public Task BuildAsync(AdminMenuItem root, CancellationToken ct)
    {
        var security = root.Item(AdminMenuGroups.Security);
        security.Add("users", S["Users"], "/Admin/Users", 0, Permissions.ManageUsers);
        // No permission: every user who may open the admin manages their own account.
        security.Add("account", S["My account"], "/Admin/Account", 100);
        root.Item(AdminMenuGroups.Settings).Add("security", S["Security"], "/Admin/Settings/Security", 50, Permissions.ManageSettings);
        return Task.CompletedTask;
    }
}
