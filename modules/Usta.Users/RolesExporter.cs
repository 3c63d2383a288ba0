using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using UstaOrchard.Core.Recipes.Export;

namespace Usta.Users;

/// <summary><c>Roles</c>: every role with its permissions, as <see cref="RolesStep"/> applies them (permissions replaced).</summary>
public sealed class RolesExporter(RoleManager<IdentityRole> roles, IStringLocalizer<UsersStartup> S) : IRecipeStepExporter
{
    public string StepName => "Roles";
    public int Order => 30;

    public async Task ExportAsync(RecipeExportContext context)
    {
        if (!context.Options.Roles) return;
        var all = await roles.Roles.AsNoTracking().OrderBy(r => r.Name).ToListAsync(context.CancellationToken);
        var writer = context.Writer;
        writer.WriteStartObject();
        writer.WriteString("name", StepName);
        writer.WriteStartArray("Roles");
        foreach (var role in all)
        {
            var permissions = (await roles.GetClaimsAsync(role)).Where(c => c.Type == Permissions.ClaimType)
                .Select(c => c.Value).Order(StringComparer.Ordinal);
            writer.WriteStartObject();
            writer.WriteString("Name", role.Name);
            writer.WriteStartArray("Permissions");
            foreach (var permission in permissions) writer.WriteStringValue(permission);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
        context.Summarise(StepName, S["{0} roles", all.Count]);
    }
}
