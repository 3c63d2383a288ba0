namespace UstaOrchard.Core.Recipes;

/// <summary>
/// Tells the services of a scope that a recipe is running in it (the executor sets it on the scope it
/// applies the recipe in). Reactions that would be one row per item (the audit trail's content events)
/// skip such changes: a recipe of 10,000 articles is recorded once, as the recipe run.
/// </summary>
public sealed class RecipeScope
{
    public bool IsRecipe { get; set; }

    /// <summary>Work on the database right before the run commits (not in a preview): the run's last rows.</summary>
    public List<Func<CancellationToken, Task>> BeforeCommit { get; } = [];
}
