using UstaOrchard.Core.Security;

namespace Usta.Users;

/// <summary>
/// Permissions are role claims of type <see cref="ClaimType"/>; the Administrator role has them all.
/// The content permissions (<c>EditContent</c>, <c>EditContent_Article</c>, …) are Core's
/// <see cref="ContentPermissions"/>; the others are named here.
/// </summary>
public static class Permissions
{
    public const string ClaimType = PermissionClaims.ClaimType;
    public const string AdministratorRole = PermissionClaims.AdministratorRole;

    /// <summary>The authorization policy of every page under an Admin folder.</summary>
    public const string AdminPolicy = "AccessAdmin";

    public const string AccessAdminPanel = "AccessAdminPanel";
    public const string ManageSettings = "ManageSettings";
    public const string ManageUsers = "ManageUsers";
    public const string ManageRoles = "ManageRoles";
    public const string ApplyRecipes = "ApplyRecipes";
    public const string ManageMedia = "ManageMedia";
}

/// <summary>The permissions that are not about content, for the roles grid and recipe checks.</summary>
public sealed class UsersPermissionProvider : IPermissionProvider
{
    private const string Group = "Administration";

    public Task<IEnumerable<Permission>> GetPermissionsAsync(CancellationToken ct = default)
        => Task.FromResult<IEnumerable<Permission>>(
        [
            new(Permissions.AccessAdminPanel, "Open the administration", Group),
            new(Permissions.ManageSettings, "Change the site settings", Group),
            new(Permissions.ManageUsers, "Manage users", Group),
            new(Permissions.ManageRoles, "Manage roles and permissions", Group),
            new(Permissions.ApplyRecipes, "Apply and export recipes", Group),
            new(Permissions.ManageMedia, "Manage the media library", Group),
        ]);
}
