namespace Usta.Recipes.History;

/// <summary>One row of the recipes' history (see <see cref="UstaOrchard.Core.Recipes.RecipeAuditEntry"/>).</summary>
public sealed class RecipeHistoryRecord
{
    public long Id { get; set; }
    public DateTime Utc { get; set; }
    public string Action { get; set; } = "";
    public string RecipeName { get; set; } = "";
    public string? UserName { get; set; }
    public string? RemoteAddress { get; set; }
    public bool Succeeded { get; set; }
    public string Summary { get; set; } = "";
    public string? Failure { get; set; }
}
