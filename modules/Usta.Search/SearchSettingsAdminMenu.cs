using Microsoft.Extensions.Localization;
using Usta.Users;
using UstaOrchard.Core.Admin;

namespace Usta.Search;

/// <summary>The search page's settings, a tab of the site settings.</summary>
public sealed class SearchSettingsAdminMenu(IStringLocalizer<SearchStartup> S) : IAdminMenuProvider
{
    public Task BuildAsync(AdminMenuItem root, CancellationToken ct)
    {
        root.Item(AdminMenuGroups.Settings).Add("settings-search", S["Search"], "/Admin/Settings/Search", 30, Permissions.ManageSettings);
        return Task.CompletedTask;
    }
}
