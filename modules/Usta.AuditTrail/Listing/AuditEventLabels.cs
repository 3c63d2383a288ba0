using Microsoft.Extensions.Localization;
using UstaOrchard.Core.Audit;
using E = UstaOrchard.Core.Audit.AuditEvents;

namespace Usta.AuditTrail.Listing;

/// <summary>The events the list can filter on, and how each is named to a reader.</summary>
public static class AuditEventLabels
{
    public static readonly IReadOnlyList<(string Category, string Name)> Known =
    [
        (E.Content, E.ContentCreated), (E.Content, E.ContentSaved), (E.Content, E.ContentPublished),
        (E.Content, E.ContentUnpublished), (E.Content, E.ContentDeleted), (E.Content, E.ContentRestored),
        (E.SignIn, E.SignedIn), (E.SignIn, E.SignInFailed), (E.SignIn, E.LockedOut), (E.SignIn, E.SignedOut),
        (E.SignIn, E.TwoFactorEnabled), (E.SignIn, E.TwoFactorDisabled), (E.SignIn, E.RecoveryCodeUsed),
        (E.User, E.UserCreated), (E.User, E.UserUpdated), (E.User, E.UserRolesChanged), (E.User, E.UserDisabled),
        (E.User, E.UserEnabled), (E.User, E.UserPasswordReset), (E.User, E.UserPasswordChanged), (E.User, E.UserUnlocked),
        (E.User, E.UserDeleted),
        (E.Role, E.RoleCreated), (E.Role, E.RoleDeleted), (E.Role, E.RolePermissionsChanged),
        (E.Settings, E.SettingsChanged),
        (E.Recipe, E.RecipeApplied), (E.Recipe, E.RecipeFailed), (E.Recipe, E.RecipeExported),
    ];

    /// <summary>The value of the event filter: "Category.Name".</summary>
    public static string Key(string category, string name) => category + "." + name;

    public static bool TryParse(string? key, out string category, out string name)
    {
        foreach (var (c, n) in Known)
        {
            if (!string.Equals(Key(c, n), key, StringComparison.Ordinal)) continue;
            (category, name) = (c, n);
            return true;
        }
        (category, name) = ("", "");
        return false;
    }

    public static string Label(IStringLocalizer S, string category, string name) => (category, name) switch
    {
        (E.Content, E.ContentCreated) => S["Content created"],
        (E.Content, E.ContentSaved) => S["Content saved"],
        (E.Content, E.ContentPublished) => S["Content published"],
        (E.Content, E.ContentUnpublished) => S["Content unpublished"],
        (E.Content, E.ContentDeleted) => S["Content deleted"],
        (E.Content, E.ContentRestored) => S["Content restored"],
        (E.SignIn, E.SignedIn) => S["Signed in"],
        (E.SignIn, E.SignInFailed) => S["Sign-in failed"],
        (E.SignIn, E.LockedOut) => S["Account locked out"],
        (E.SignIn, E.SignedOut) => S["Signed out"],
        (E.SignIn, E.TwoFactorEnabled) => S["Two-factor sign-in enabled"],
        (E.SignIn, E.TwoFactorDisabled) => S["Two-factor sign-in disabled"],
        (E.SignIn, E.RecoveryCodeUsed) => S["Recovery code used"],
        (E.User, E.UserCreated) => S["User created"],
        (E.User, E.UserUpdated) => S["User changed"],
        (E.User, E.UserRolesChanged) => S["User's roles changed"],
        (E.User, E.UserDisabled) => S["User disabled"],
        (E.User, E.UserEnabled) => S["User enabled"],
        (E.User, E.UserPasswordReset) => S["Password reset"],
        (E.User, E.UserPasswordChanged) => S["Password changed"],
        (E.User, E.UserUnlocked) => S["User unlocked"],
        (E.User, E.UserDeleted) => S["User deleted"],
        (E.Role, E.RoleCreated) => S["Role created"],
        (E.Role, E.RoleDeleted) => S["Role deleted"],
        (E.Role, E.RolePermissionsChanged) => S["Role's permissions changed"],
        (E.Settings, E.SettingsChanged) => S["Settings changed"],
        (E.Recipe, E.RecipeApplied) => S["Recipe applied"],
        (E.Recipe, E.RecipeFailed) => S["Recipe failed"],
        (E.Recipe, E.RecipeExported) => S["Site exported"],
        _ => Key(category, name),
    };
}
