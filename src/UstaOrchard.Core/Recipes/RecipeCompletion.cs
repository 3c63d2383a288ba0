using Microsoft.Extensions.Logging;

namespace UstaOrchard.Core.Recipes;

/// <summary>
/// Work a step leaves for the end of its recipe, for what lives outside the database (media files):
/// work to run once every step has succeeded, still inside the transaction; work that undoes a
/// step's effects when the recipe fails, whenever it fails (a later step, that work, the commit);
/// and work for after the commit. Steps reach it through <see cref="RecipeStepContext"/>.
/// </summary>
public sealed class RecipeCompletion
{
    private readonly List<BeforeCommitWork> _beforeCommit = [];
    private readonly List<Func<Task>> _rollback = [];
    private readonly List<Func<Task>> _afterCommit = [];

    internal sealed record BeforeCommitWork(int StepIndex, string StepNumber, string StepName, Func<CancellationToken, Task> Work, bool InPreview);

    internal void AddBeforeCommit(int stepIndex, string stepNumber, string stepName, Func<CancellationToken, Task> work, bool inPreview)
        => _beforeCommit.Add(new BeforeCommitWork(stepIndex, stepNumber, stepName, work, inPreview));

    internal void AddRollback(Func<Task> undo) => _rollback.Add(undo);

    internal void AddAfterCommit(Func<Task> work) => _afterCommit.Add(work);

    /// <summary>In the order the steps registered it; a failure is the registering step's failure.</summary>
    internal IReadOnlyList<BeforeCommitWork> BeforeCommit => _beforeCommit;

    // Newest first: a later step's undo may depend on an earlier step's effects still being there.
    // Every undo runs even when one fails, and none can be cancelled: a half-undone recipe is worse.
    internal async Task RollBackAsync(ILogger logger, string recipeName)
    {
        for (var i = _rollback.Count - 1; i >= 0; i--)
        {
            try
            {
                await _rollback[i]();
            }
            catch (Exception e)
            {
                logger.LogError(e, "Recipe {Recipe}: undoing a step's work outside the database failed; files may be left over", recipeName);
            }
        }
    }

    // The recipe has landed: nothing can be undone now, so a failure here is only worth a warning.
    internal async Task AfterCommitAsync(ILogger logger, string recipeName)
    {
        foreach (var work in _afterCommit)
        {
            try
            {
                await work();
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Recipe {Recipe}: clean-up after the commit failed", recipeName);
            }
        }
    }
}
