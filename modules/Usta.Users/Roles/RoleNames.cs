using System.Globalization;
using System.Text;
using Microsoft.Extensions.Localization;

namespace Usta.Users.Roles;

/// <summary>
/// Rules for a new role's name, and how roles are shown: the built-in roles keep their English names
/// in the database (recipes name them) and are shown in Vietnamese.
/// </summary>
public static class RoleNames
{
    public const int MinLength = 2;
    public const int MaxLength = 40;

    public const string Editor = "Editor";
    public const string Author = "Author";
    public const string Contributor = "Contributor";

    /// <summary>The role claim that holds a role's short description (not a permission).</summary>
    public const string DescriptionClaimType = "Description";

    public const int MaxDescriptionLength = 200;

    public static bool IsAdministrator(string? name)
        => string.Equals(name, Permissions.AdministratorRole, StringComparison.OrdinalIgnoreCase);

    /// <summary>The name as it will be stored (NFC, trimmed), or the reason it cannot be, in Vietnamese.</summary>
    public static (string Name, string? Error) Check(string? input, IStringLocalizer S)
    {
        var name = (input ?? "").Normalize(NormalizationForm.FormC).Trim();
        if (name.Length == 0) return (name, S["Enter the role's name."]);
        if (name.Length < MinLength || name.Length > MaxLength)
            return (name, S["The role's name must be {0} to {1} characters long.", MinLength, MaxLength]);
        // Letters (Vietnamese too), digits, single spaces, '-' and '_': safe in a URL segment and a recipe.
        var previousSpace = false;
        foreach (var c in name)
        {
            var space = c == ' ';
            var allowed = char.IsLetterOrDigit(c) || c is '-' or '_' || space;
            if (!allowed || (space && previousSpace) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
                return (name, S["The role's name may hold only letters, digits, single spaces, '-' and '_'."]);
            previousSpace = space;
        }
        return (name, null);
    }

    /// <summary>The name a reader sees: Vietnamese for the built-in roles, the stored name for the others.</summary>
    public static string Display(string name, IStringLocalizer S) => name switch
    {
        Permissions.AdministratorRole => S["Administrator"],
        Editor => S["Editor"],
        Author => S["Author"],
        Contributor => S["Contributor"],
        _ => name,
    };

    /// <summary>What a built-in role is for, when the role has no description of its own.</summary>
    public static string? BuiltInDescription(string name, IStringLocalizer S) => name switch
    {
        Permissions.AdministratorRole => S["Holds every permission, including ones added later. It cannot be deleted."].Value,
        Editor => S["Writes, reviews, publishes and deletes all content; manages the media library."].Value,
        Author => S["Writes and edits their own items and submits them for review; does not publish."].Value,
        Contributor => S["Writes drafts of their own only."].Value,
        _ => null,
    };
}
