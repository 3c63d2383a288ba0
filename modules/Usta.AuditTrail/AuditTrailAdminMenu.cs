using Microsoft.Extensions.Localization;
using Usta.Users;
using UstaOrchard.Core.Admin;

namespace Usta.AuditTrail;

public sealed class AuditTrailAdminMenu(IStringLocalizer<AuditTrailStartup> S) : IAdminMenuProvider
{
    public Task BuildAsync(AdminMenuItem root, CancellationToken ct)
    {
        root.Item(AdminMenuGroups.Security).Add("audit-trail", S["Audit trail"], "/Admin/AuditTrail", 30, AuditTrailPermissions.ViewAuditTrail);
        root.Item(AdminMenuGroups.Settings).Add("settings-audit-trail", S["Audit trail"], "/Admin/Settings/AuditTrail", 80, AuditTrailPermissions.ManageAuditTrailSettings);
        return Task.CompletedTask;
    }
}
