using Microsoft.Extensions.Localization;
using UstaOrchard.Core.Admin;

namespace Usta.Users;

/// <summary>Every admin user's own two-step verification, in the security group.</summary>
public sealed class TwoFactorAdminMenu(IStringLocalizer<UsersStartup> S) : IAdminMenuProvider
{
    public Task BuildAsync(AdminMenuItem root, CancellationToken ct)
    {
        root.Item(AdminMenuGroups.Security).Add("two-factor", S["Two-step verification"], Sessions.AccountRequirementsFilter.TwoFactorPage, 90, Permissions.AdminPolicy);
        return Task.CompletedTask;
    }
}
