using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Recipes;

namespace Usta.Users;

/// <summary>
/// <c>Users</c>: <c>{ "Users": [ { "UserName", "Email", "Password", "DisplayName", "RoleNames": [...] } ] }</c>.
/// A user that exists keeps its password and gains the roles it lacks, so applying the setup
/// recipe again never resets the administrator's password.
/// </summary>
public sealed class UsersStep(UserManager<UstaUser> users, RoleManager<IdentityRole> roles, IStringLocalizer<UsersStartup> S) : IRecipeStepHandler
{
    public string Name => "Users";

    public async Task<string> ExecuteAsync(RecipeStepContext context)
    {
        if (context.Step.GetPropertyIgnoreCase("Users") is not JsonArray list)
            throw new RecipeStepException(S["the step has no \"Users\" list"]);

        int created = 0, updated = 0;
        foreach (var node in list)
        {
            var json = node as JsonObject ?? throw new RecipeStepException(S["each user must be an object"]);
            var userName = json.GetString("UserName");
            if (string.IsNullOrWhiteSpace(userName)) throw new RecipeStepException(S["a user has no \"UserName\""]);

            var roleNames = (json.GetPropertyIgnoreCase("RoleNames") as JsonArray ?? [])
                .Select(r => r?.ToString()).Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => r!).ToList();
            foreach (var role in roleNames)
            {
                if (!await roles.RoleExistsAsync(role))
                    throw new RecipeStepException(S["role '{0}' does not exist; add it in a Roles step before this one", role], userName);
            }

            var user = await users.FindByNameAsync(userName);
            var isNew = user is null;
            if (user is null)
            {
                var password = json.GetString("Password");
                if (string.IsNullOrEmpty(password)) throw new RecipeStepException(S["a new user needs a \"Password\""], userName);
                user = new UstaUser
                {
                    UserName = userName,
                    Email = json.GetString("Email"),
                    EmailConfirmed = true,
                    DisplayName = json.GetString("DisplayName"),
                };
                Check(await users.CreateAsync(user, password), userName);
                created++;
            }
            else
            {
                updated++;
            }

            var missing = new List<string>();
            foreach (var role in roleNames)
            {
                if (!await users.IsInRoleAsync(user, role)) missing.Add(role);
            }
            if (missing.Count > 0) Check(await users.AddToRolesAsync(user, missing), userName);
            // The journal names the user, never the password or its hash.
            var kind = isNew ? RecipeChangeKind.Created
                : missing.Count > 0 ? RecipeChangeKind.Updated
                : RecipeChangeKind.Unchanged;
            context.Record(RecipeSubjects.User, kind, user.UserName ?? userName, title: user.DisplayName);
        }
        return S["{0} users created, {1} already present", created, updated];
    }

    private static void Check(IdentityResult result, string userName)
    {
        if (!result.Succeeded) throw new RecipeStepException(string.Join(" ", result.Errors.Select(e => e.Description)), userName);
    }
}
