using Microsoft.Extensions.DependencyInjection;

namespace UstaOrchard.Core.Recipes;

/// <summary>What an operator did with a recipe.</summary>
public enum RecipeAuditAction
{
    Apply,
    Export,
}

/// <summary>
/// One line of the recipes' history: who (<paramref name="UserName"/>, null from the command line),
/// from which address, when, which recipe (its name or the uploaded file's), the one-line summary of
/// each step or of the export, and the failure's reason when it failed.
/// </summary>
public sealed record RecipeAuditEntry(RecipeAuditAction Action, string RecipeName, string? UserName, string? RemoteAddress,
    DateTime Utc, bool Succeeded, string Summary, string? Failure = null);

/// <summary>
/// Where recipe applications and exports are recorded (the recipes' history page; the audit trail when it
/// lands). Callers take every registered one (<c>GetServices</c>): none registered is allowed. A failure to
/// record is logged by the implementation and never fails the recipe.
/// </summary>
public interface IRecipeAudit
{
    Task RecordAsync(RecipeAuditEntry entry, CancellationToken ct = default);
}

public static class RecipeAuditExtensions
{
    /// <summary>Records <paramref name="entry"/> with every registered <see cref="IRecipeAudit"/> (none is fine).</summary>
    public static async Task RecordRecipeAuditAsync(this IServiceProvider services, RecipeAuditEntry entry, CancellationToken ct = default)
    {
        foreach (var audit in services.GetServices<IRecipeAudit>()) await audit.RecordAsync(entry, ct);
    }
}
