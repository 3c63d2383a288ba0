using Microsoft.Extensions.Localization;
using UstaOrchard.Core.Admin;

namespace Usta.Search;

public sealed class SearchAdminMenu(IStringLocalizer<SearchStartup> S) : IAdminMenuProvider
{
    public Task BuildAsync(AdminMenuItem root, CancellationToken ct)
    {
        root.Item(AdminMenuGroups.Library).Add("search", S["Search indexes"], "/Admin/Search", 10, SearchPermissionProvider.ManageSearch);
        return Task.CompletedTask;
    }
}
