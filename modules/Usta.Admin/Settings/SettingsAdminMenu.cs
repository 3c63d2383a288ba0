using Microsoft.Extensions.Localization;
using Usta.Users;
using UstaOrchard.Core.Admin;

namespace Usta.Admin.Settings;

/// <summary>The settings group's own link (its first tab) and the tabs of the site's own settings.</summary>
public sealed class SettingsAdminMenu(IStringLocalizer<AdminStartup> S) : IAdminMenuProvider
{
    public const string GeneralUrl = "/Admin/Settings";
    public const string OrganisationUrl = "/Admin/Settings/Organisation";

    public Task BuildAsync(AdminMenuItem root, CancellationToken ct)
    {
        var group = root.Item(AdminMenuGroups.Settings);
        group.Url = GeneralUrl;
        group.Add("settings-general", S["General"], GeneralUrl, 0, Permissions.ManageSettings);
        group.Add("settings-organisation", S["Organisation"], OrganisationUrl, 10, Permissions.ManageSettings);
        return Task.CompletedTask;
    }
}
