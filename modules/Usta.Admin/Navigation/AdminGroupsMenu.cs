using Microsoft.Extensions.Localization;
using UstaOrchard.Core.Admin;

namespace Usta.Admin.Navigation;

/// <summary>The groups every module fills, with their names and order.</summary>
public sealed class AdminGroupsMenu(IStringLocalizer<AdminStartup> S) : IAdminMenuProvider
{
    public Task BuildAsync(AdminMenuItem root, CancellationToken ct)
    {
        root.Add("dashboard", S["Dashboard"], "/Admin", 0);
        Group(root, AdminMenuGroups.Content, S["Content"], 10);
        Group(root, AdminMenuGroups.Library, S["Library"], 20);
        Group(root, AdminMenuGroups.Security, S["Users and rights"], 30);
        Group(root, AdminMenuGroups.Settings, S["Settings"], 40);
        Group(root, AdminMenuGroups.System, S["System"], 50);
        return Task.CompletedTask;
    }

    private static void Group(AdminMenuItem root, string id, string text, int position)
    {
        var group = root.Item(id);
        group.Text = text;
        group.Position = position;
    }
}
