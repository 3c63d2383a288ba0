using Microsoft.Extensions.Localization;
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

/// <summary>
/// The permissions that are not about content, for the roles grid and recipe checks; descriptions and
/// group in the reader's language.
/// </summary>
public sealed class UsersPermissionProvider(IStringLocalizer<UsersStartup> S) : IPermissionProvider
{
    public Task<IEnumerable<Permission>> GetPermissionsAsync(CancellationToken ct = default)
    {
        string group = S["Administration"];
        return Task.FromResult<IEnumerable<Permission>>(
        [
            new(Permissions.AccessAdminPanel, S["Open the administration"], group),
            new(Permissions.ManageSettings, S["Change the site settings"], group),
            new(Permissions.ManageUsers, S["Manage users"], group),
            new(Permissions.ManageRoles, S["Manage roles and permissions"], group),
            new(Permissions.ApplyRecipes, S["Apply and export recipes"], group),
            new(Permissions.ManageMedia, S["Manage the media library"], group),
        ]);
    }
}
