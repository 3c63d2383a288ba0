using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Recipes;

namespace Usta.Users;

/// <summary><c>Roles</c>: <c>{ "Roles": [ { "Name", "Description", "Permissions": [...] } ] }</c>; a role's permissions are replaced.</summary>
public sealed class RolesStep(RoleManager<IdentityRole> roles, IStringLocalizer<UsersStartup> S) : IRecipeStepHandler
{
    public string Name => "Roles";

    public async Task<string> ExecuteAsync(RecipeStepContext context)
    {
        if (context.Step.GetPropertyIgnoreCase("Roles") is not JsonArray list)
            throw new RecipeStepException(S["the step has no \"Roles\" list"]);

        var count = 0;
        foreach (var node in list)
        {
            var json = node as JsonObject ?? throw new RecipeStepException(S["each role must be an object"]);
            var name = json.GetString("Name");
            if (string.IsNullOrWhiteSpace(name)) throw new RecipeStepException(S["a role has no \"Name\""]);

            var role = await roles.FindByNameAsync(name);
            if (role is null)
            {
                role = new IdentityRole(name);
                Check(await roles.CreateAsync(role), name);
            }

            var wanted = (json.GetPropertyIgnoreCase("Permissions") as JsonArray ?? [])
                .Select(p => p?.ToString()).Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!).ToHashSet(StringComparer.Ordinal);
            var current = (await roles.GetClaimsAsync(role)).Where(c => c.Type == Permissions.ClaimType).ToList();
            foreach (var claim in current.Where(c => !wanted.Contains(c.Value)))
                Check(await roles.RemoveClaimAsync(role, claim), name);
            foreach (var permission in wanted.Where(p => current.All(c => c.Value != p)))
                Check(await roles.AddClaimAsync(role, new Claim(Permissions.ClaimType, permission)), name);
            count++;
        }
        return S["{0} roles", count];
    }

    private static void Check(IdentityResult result, string role)
    {
        if (!result.Succeeded) throw new RecipeStepException(string.Join(" ", result.Errors.Select(e => e.Description)), role);
    }
}
