using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Definitions;
using UstaOrchard.Core.Security;
using UstaOrchard.Core.Recipes;

namespace Usta.Users;

/// <summary><c>Roles</c>: <c>{ "Roles": [ { "Name", "Description", "Permissions": [...] } ] }</c>; a role's permissions are replaced.</summary>
public sealed class RolesStep(RoleManager<IdentityRole> roles, IEnumerable<IPermissionProvider> providers, ContentDefinitionManager definitions,
    IStringLocalizer<UsersStartup> S) : IRecipeStepHandler
{
    public string Name => "Roles";

    public async Task<string> ExecuteAsync(RecipeStepContext context)
    {
        if (context.Step.GetPropertyIgnoreCase("Roles") is not JsonArray list)
            throw new RecipeStepException(S["the step has no \"Roles\" list"]);

        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var provider in providers) known.UnionWith((await provider.GetPermissionsAsync(context.CancellationToken)).Select(p => p.Name));
        var count = 0;
        var unknown = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var node in list)
        {
            var json = node as JsonObject ?? throw new RecipeStepException(S["each role must be an object"]);
            var name = json.GetString("Name");
            if (string.IsNullOrWhiteSpace(name)) throw new RecipeStepException(S["a role has no \"Name\""]);

            var role = await roles.FindByNameAsync(name);
            var kind = RecipeChangeKind.Unchanged;
            if (role is null)
            {
                role = new IdentityRole(name);
                Check(await roles.CreateAsync(role), name);
                kind = RecipeChangeKind.Created;
            }

            var named = (json.GetPropertyIgnoreCase("Permissions") as JsonArray ?? [])
                .Select(p => p?.ToString()).Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim());
            // Orchard's names are mapped to ours; a permission this site lacks is left out and reported, not fatal.
            var permissions = await RolePermissions.ReadAsync(named, p => IsKnownAsync(p, known, context.CancellationToken));
            var wanted = permissions.Known;
            foreach (var permission in permissions.Unknown)
            {
                unknown.Add(permission);
                context.Record(RecipeSubjects.Role, RecipeChangeKind.Skipped, $"{name}/{permission}", "Permission", permission);
            }
            var current = (await roles.GetClaimsAsync(role)).Where(c => c.Type == Permissions.ClaimType).ToList();
            foreach (var claim in current.Where(c => !wanted.Contains(c.Value)))
            {
                Check(await roles.RemoveClaimAsync(role, claim), name);
                if (kind == RecipeChangeKind.Unchanged) kind = RecipeChangeKind.Updated;
            }
            foreach (var permission in wanted.Where(p => current.All(c => c.Value != p)))
            {
                Check(await roles.AddClaimAsync(role, new Claim(Permissions.ClaimType, permission)), name);
                if (kind == RecipeChangeKind.Unchanged) kind = RecipeChangeKind.Updated;
            }
            context.Record(RecipeSubjects.Role, kind, role.Name ?? name);
            count++;
        }
        return unknown.Count == 0
            ? S["{0} roles", count]
            : S["{0} roles; permissions this site does not have, left out: {1}", count, string.Join(", ", unknown)];
    }

    // A per-type content permission is known when its verb is and its type is defined (by now: an
    // earlier step of the recipe may define it).
    private async Task<bool> IsKnownAsync(string permission, HashSet<string> known, CancellationToken ct)
    {
        if (known.Contains(permission)) return true;
        if (!ContentPermissions.TryParse(permission, out _, out var type)) return false;
        return type is null || await definitions.GetTypeAsync(type, ct) is not null;
    }

    private static void Check(IdentityResult result, string role)
    {
        if (!result.Succeeded) throw new RecipeStepException(string.Join(" ", result.Errors.Select(e => e.Description)), role);
    }
}
