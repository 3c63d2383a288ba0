namespace Usta.Users;

/// <summary>
/// Permissions are role claims of type <see cref="ClaimType"/>; the Administrator role has them all.
/// Modules name theirs here as they arrive.
/// </summary>
public static class Permissions
{
    public const string ClaimType = "Permission";
    public const string AdministratorRole = "Administrator";

    /// <summary>The authorization policy of every page under an Admin folder.</summary>
    public const string AdminPolicy = "AccessAdmin";

    public const string AccessAdminPanel = "AccessAdminPanel";
    public const string ManageContent = "ManageContent";
    public const string PublishContent = "PublishContent";
    public const string ManageSettings = "ManageSettings";
    public const string ManageUsers = "ManageUsers";
    public const string ManageMedia = "ManageMedia";
}
