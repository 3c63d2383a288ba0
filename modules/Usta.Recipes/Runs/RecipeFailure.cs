using UstaOrchard.Core.Recipes;

namespace Usta.Recipes.Runs;

/// <summary>
/// Why a recipe was refused or failed, as the preview and result pages show it: the step (1-based
/// number and name) and the item when known, the reason, and every validation problem with its place.
/// </summary>
public sealed record RecipeFailure(string Reason, int? StepIndex = null, string? StepName = null, string? Item = null,
    IReadOnlyList<RecipeIssue>? Issues = null, string? StepNumber = null)
{
    /// <summary>The failure of a recipe's own making; null for anything else (a bug, the database gone), which is not answered here.</summary>
    public static RecipeFailure? From(Exception e) => e switch
    {
        RecipeValidationException v => new(v.Message, Issues: v.Issues),
        RecipeExecutionException x => new(x.Reason, x.StepIndex, x.StepName.Length > 0 ? x.StepName : null, x.Item, StepNumber: x.StepNumber),
        RecipeFormatException f => new(f.Reason),
        _ => null,
    };
}
