using Microsoft.Extensions.Localization;
using Usta.Users;
using UstaOrchard.Core.Admin;

namespace Usta.Visits;

public sealed class VisitsAdminMenu(IStringLocalizer<VisitsStartup> S) : IAdminMenuProvider
{
    public Task BuildAsync(AdminMenuItem root, CancellationToken ct)
    {
        root.Item(AdminMenuGroups.Settings).Add("settings-visits", S["Visitor counter"], "/Admin/Settings/Visits", 20, Permissions.ManageSettings);
        return Task.CompletedTask;
    }
}
