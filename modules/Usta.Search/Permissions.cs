using Microsoft.Extensions.Localization;
using UstaOrchard.Core.Security;

namespace Usta.Search;

/// <summary>
/// <c>ManageSearch</c>: see every node's copy of the indexes and ask for a rebuild. No role holds it but
/// the Administrator role, which holds every permission.
/// </summary>
public sealed class SearchPermissionProvider(IStringLocalizer<SearchStartup> S) : IPermissionProvider
{
    public const string ManageSearch = "ManageSearch";

    public Task<IEnumerable<Permission>> GetPermissionsAsync(CancellationToken ct = default)
        => Task.FromResult<IEnumerable<Permission>>([new(ManageSearch, S["Manage the search indexes"], S["Search"])]);
}
