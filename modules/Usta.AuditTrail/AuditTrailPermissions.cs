using Microsoft.Extensions.Localization;
using UstaOrchard.Core.Security;

namespace Usta.AuditTrail;

/// <summary>The audit trail's permissions (policy names too); Administrators hold them like every permission.</summary>
public static class AuditTrailPermissions
{
    public const string ViewAuditTrail = "ViewAuditTrail";

    /// <summary>
    /// How long rows are kept. Not part of ManageSettings: whoever may shorten the retention may erase
    /// the trail of what they did (Orchard keeps it apart the same way).
    /// </summary>
    public const string ManageAuditTrailSettings = "ManageAuditTrailSettings";
}

/// <summary>Listed with the other administration rights (the same group name as Usta.Users', so one section in the grid).</summary>
public sealed class AuditTrailPermissionProvider(IStringLocalizer<AuditTrailStartup> S) : IPermissionProvider
{
    public Task<IEnumerable<Permission>> GetPermissionsAsync(CancellationToken ct = default)
        => Task.FromResult<IEnumerable<Permission>>(
        [
            new(AuditTrailPermissions.ViewAuditTrail, S["View the audit trail"], S["Administration"]),
            new(AuditTrailPermissions.ManageAuditTrailSettings, S["Change how long the audit trail is kept"], S["Administration"]),
        ]);
}
