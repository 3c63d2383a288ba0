using UstaOrchard.Core.Security;

namespace Usta.Users;

/// <summary>
/// Orchard Core's names for the permissions we have under another name. The content permissions
/// (<c>EditContent</c>, <c>PublishContent_BlogPost</c>, …) and <c>AccessAdminPanel</c>,
/// <c>ManageUsers</c>, <c>ManageRoles</c>, <c>ManageSettings</c> are spelt the same in both.
/// </summary>
public static class OrchardPermissionNames
{
    private static readonly Dictionary<string, string> Ours = new(StringComparer.Ordinal)
    {
        ["ManageRecipes"] = Permissions.ApplyRecipes,
        ["ManageMediaContent"] = Permissions.ManageMedia,
        ["ManageLuceneIndexes"] = "ManageSearch",
        ["ManageIndexes"] = "ManageSearch",
        // Orchard's ManageOwnMedia (only one's own files) is deliberately not mapped: ManageMedia
        // would grant the whole library, more than the recipe asked for.
    };

    /// <summary>Our name for a permission named in a recipe: Orchard's name mapped, ours as it is.</summary>
    public static string Map(string permission) => Ours.GetValueOrDefault(permission, permission);
}

/// <summary>A role's permissions as a recipe names them, split into those this site has and those it has not.</summary>
public sealed record RolePermissions(IReadOnlySet<string> Known, IReadOnlyList<string> Unknown)
{
    /// <param name="isKnown">Whether this site has a permission of that name (ours, after mapping).</param>
    public static async Task<RolePermissions> ReadAsync(IEnumerable<string> named, Func<string, Task<bool>> isKnown)
    {
        var known = new HashSet<string>(StringComparer.Ordinal);
        var unknown = new List<string>();
        foreach (var permission in named.Distinct(StringComparer.Ordinal))
        {
            var ours = OrchardPermissionNames.Map(permission);
            if (await isKnown(ours)) known.Add(ours);
            else unknown.Add(permission);
        }
        return new RolePermissions(known, unknown);
    }
}
