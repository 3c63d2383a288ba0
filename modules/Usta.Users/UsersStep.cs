using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Recipes;

namespace Usta.Users;

/// <summary>
/// <c>Users</c>: <c>{ "Users": [ { "UserName", "Email", "Password", "DisplayName", "RoleNames": [...] } ] }</c>.
/// A user that exists keeps its password and gains the roles it lacks, so applying the setup
/// recipe again never resets the administrator's password. An export (a backup) carries
/// <c>"PasswordHash"</c> and <c>"SecurityStamp"</c> instead of a password: those are taken as they are,
/// for a new user and an existing one alike, so a restored user signs in with the same password.
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
            var restored = false;
            // An invited user has no password yet: a backup writes its "PasswordHash" as null.
            var invited = json.GetString("PasswordHash") is null && json.Any(p => string.Equals(p.Key, "PasswordHash", StringComparison.OrdinalIgnoreCase));
            if (json.GetString("PasswordHash") is { Length: > 0 } || invited)
            {
                var hash = json.GetString("PasswordHash");
                // A backup's user: put back as it was (hash and stamp), unless it already is. An existing
                // account's password is replaced only in a restore the operator asked for.
                if (user is null || (context.ReplaceExistingUsers && !IsAsStored(user, hash, json)))
                {
                    restored = true;
                    user = await RestoreAsync(user, userName, hash, json);
                }
                if (isNew) created++;
                else updated++;
            }
            else if (user is null)
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
                : missing.Count > 0 || restored ? RecipeChangeKind.Updated
                : RecipeChangeKind.Unchanged;
            context.Record(RecipeSubjects.User, kind, user.UserName ?? userName, title: user.DisplayName);
        }
        return S["{0} users created, {1} already present", created, updated];
    }

    private static bool IsAsStored(UstaUser user, string? hash, JsonObject json)
        => user.PasswordHash == hash
           && (json.GetString("SecurityStamp") is not { Length: > 0 } stamp || stamp == user.SecurityStamp)
           && user.Email == json.GetString("Email")
           && user.DisplayName == json.GetString("DisplayName")
           && user.IsDisabled == Flag(json, "IsDisabled")
           && user.MustChangePassword == Flag(json, "MustChangePassword");

    private static bool Flag(JsonObject json, string name)
        => json.GetPropertyIgnoreCase(name) is JsonValue value && value.GetValueKind() == System.Text.Json.JsonValueKind.True;

    private async Task<UstaUser> RestoreAsync(UstaUser? user, string userName, string? hash, JsonObject json)
    {
        var isNew = user is null;
        user ??= new UstaUser { UserName = userName };
        user.Email = json.GetString("Email");
        user.DisplayName = json.GetString("DisplayName");
        user.EmailConfirmed = json.GetPropertyIgnoreCase("EmailConfirmed") is not JsonValue confirmed || confirmed.GetValueKind() != System.Text.Json.JsonValueKind.False;
        user.LockoutEnabled = json.GetPropertyIgnoreCase("LockoutEnabled") is JsonValue lockout && lockout.GetValueKind() == System.Text.Json.JsonValueKind.True;
        user.IsDisabled = Flag(json, "IsDisabled");
        user.MustChangePassword = Flag(json, "MustChangePassword");
        user.LockoutEnd = json.GetPropertyIgnoreCase("LockoutEnd") is JsonValue end && end.TryGetValue<DateTimeOffset>(out var until) ? until : null;
        // Creating a user gives it a new security stamp: the stored one is put back afterwards.
        if (isNew) Check(await users.CreateAsync(user), userName);
        user.PasswordHash = hash;
        if (json.GetString("SecurityStamp") is { Length: > 0 } stamp) user.SecurityStamp = stamp;
        Check(await users.UpdateAsync(user), userName);
        return user;
    }

    private static void Check(IdentityResult result, string userName)
    {
        if (!result.Succeeded) throw new RecipeStepException(string.Join(" ", result.Errors.Select(e => e.Description)), userName);
    }
}
