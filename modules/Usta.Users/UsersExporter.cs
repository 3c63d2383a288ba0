using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using UstaOrchard.Core.Recipes.Export;

namespace Usta.Users;

/// <summary>
/// <c>Users</c>: every user with the password hash and security stamp, so that a restore keeps their
/// logins (<see cref="UsersStep"/> takes a hash as it is). The export is then as secret as the
/// passwords: the admin page and the command line say so. Two-factor keys and external logins are not
/// exported: a restored user signs in with the password and sets two-factor up again.
/// </summary>
public sealed class UsersExporter(UserManager<UstaUser> users, IStringLocalizer<UsersStartup> S) : IRecipeStepExporter
{
    public string StepName => "Users";
    public int Order => 40;

    public async Task ExportAsync(RecipeExportContext context)
    {
        if (!context.Options.Users) return;
        var all = await users.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(context.CancellationToken);
        var writer = context.Writer;
        writer.WriteStartObject();
        writer.WriteString("name", StepName);
        writer.WriteStartArray("Users");
        foreach (var user in all)
        {
            writer.WriteStartObject();
            writer.WriteString("UserName", user.UserName);
            writer.WriteString("Email", user.Email);
            writer.WriteBoolean("EmailConfirmed", user.EmailConfirmed);
            writer.WriteString("DisplayName", user.DisplayName);
            writer.WriteString("PasswordHash", user.PasswordHash);
            writer.WriteString("SecurityStamp", user.SecurityStamp);
            writer.WriteBoolean("LockoutEnabled", user.LockoutEnabled);
            // A departed user stays disabled after a restore, and an initial password stays one to replace.
            writer.WriteBoolean("IsDisabled", user.IsDisabled);
            writer.WriteBoolean("MustChangePassword", user.MustChangePassword);
            if (user.LockoutEnd is { } end) writer.WriteString("LockoutEnd", end);
            writer.WriteStartArray("RoleNames");
            foreach (var role in (await users.GetRolesAsync(user)).Order(StringComparer.Ordinal)) writer.WriteStringValue(role);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
        context.Summarise(StepName, S["{0} users", all.Count]);
    }
}
