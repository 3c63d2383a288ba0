namespace UstaOrchard.Core.Security;

/// <summary>
/// A named right a role can hold (Orchard's Permission). Roles store permission names as claims
/// of type <see cref="PermissionClaims.ClaimType"/>; <paramref name="Group"/> groups the grid that
/// edits a role (a module, or a content type for the per-type content permissions).
/// </summary>
public sealed record Permission(string Name, string Description, string Group);

/// <summary>
/// A module's permissions, listed for the roles editor and for the recipe that checks names.
/// Content types are data, so the per-type content permissions come from the stored definitions.
/// </summary>
public interface IPermissionProvider
{
    Task<IEnumerable<Permission>> GetPermissionsAsync(CancellationToken ct = default);
}

public static class PermissionClaims
{
    public const string ClaimType = "Permission";

    /// <summary>The built-in role that holds every permission, including ones added later.</summary>
    public const string AdministratorRole = "Administrator";
}
