using Microsoft.Extensions.Localization;
using UstaOrchard.Core.Security;

namespace Usta.AuditTrail;

/// <summary>The audit trail's permission (a policy name too); Administrators hold it like every permission.</summary>
public static class AuditTrailPermissions
{
    public const string ViewAuditTrail = "ViewAuditTrail";
}

/// <summary>Listed with the other administration rights (the same group name as Usta.Users', so one section in the grid).</summary>
public sealed class AuditTrailPermissionProvider(IStringLocalizer<AuditTrailStartup> S) : IPermissionProvider
{
    public Task<IEnumerable<Permission>> GetPermissionsAsync(CancellationToken ct = default)
        => Task.FromResult<IEnumerable<Permission>>([new(AuditTrailPermissions.ViewAuditTrail, S["View the audit trail"], S["Administration"])]);
}
