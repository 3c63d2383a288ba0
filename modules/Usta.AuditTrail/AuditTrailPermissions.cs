using UstaOrchard.Core.Security;

namespace Usta.AuditTrail;

/// <summary>The audit trail's permission (a policy name too); Administrators hold it like every permission.</summary>
public static class AuditTrailPermissions
{
    public const string ViewAuditTrail = "ViewAuditTrail";
}

public sealed class AuditTrailPermissionProvider : IPermissionProvider
{
    private const string Group = "Administration";

    public Task<IEnumerable<Permission>> GetPermissionsAsync(CancellationToken ct = default)
        => Task.FromResult<IEnumerable<Permission>>([new(AuditTrailPermissions.ViewAuditTrail, "View the audit trail", Group)]);
}
