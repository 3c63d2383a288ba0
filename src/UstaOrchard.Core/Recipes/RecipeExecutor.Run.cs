using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;

namespace UstaOrchard.Core.Recipes;

public sealed partial class RecipeExecutor
{
    /// <summary>One application of a recipe: its steps, the work they leave for the commit, and its failure.</summary>
    private sealed class Run(RecipeExecutor executor, IStringLocalizer S, ILogger logger, Recipe recipe, UstaDbContext db, IDbContextTransaction transaction,
        RecipeOptions options)
    {
        // Progress every this many items: often enough for a bar, rare enough to cost nothing.
        private const int ProgressEvery = 50;

        private readonly string _id = IdGenerator.NewId();
        private bool _rolledBack;

        public RecipeCompletion Completion { get; } = new();

        public RecipeJournal Journal { get; } = new();

        public async Task<List<RecipeStepResult>> StepsAsync(
            List<(int Index, string Name, JsonObject Step, IRecipeStepHandler? Handler)> plan, RecipeExpressions expressions, CancellationToken ct)
        {
            var results = new List<RecipeStepResult>();
            foreach (var (index, name, step, handler) in plan)
            {
                options.Progress?.Report(new RecipeProgress(index, plan.Count, name, 0));
                if (handler is null)
                {
                    Journal.Add(new RecipeChange(index, name, RecipeSubjects.Step, RecipeChangeKind.Skipped, name));
                    results.Add(new RecipeStepResult(index, name, S["skipped: no module handles this step"], Skipped: true));
                    continue;
                }

                try
                {
                    // The data list is evaluated item by item as the step reads it, never all at once.
                    var evaluated = (JsonObject)expressions.Evaluate(Recipe.WithoutData(step))!;
                    var context = new RecipeStepContext(recipe, index, name, evaluated, ct)
                    {
                        Evaluate = expressions.Evaluate,
                        RunId = _id,
                        Completion = Completion,
                        DryRun = options.DryRun,
                        Journal = Journal,
                        ItemsRead = options.Progress is null ? null : count =>
                        {
                            if (count % ProgressEvery == 0) options.Progress.Report(new RecipeProgress(index, plan.Count, name, count));
                        },
                    };
                    var summary = await handler.ExecuteAsync(context);
                    results.Add(new RecipeStepResult(index, name, summary, Skipped: false));
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    throw await FailAsync(index, name, e);
                }
            }
            return results;
        }

        public async Task BeforeCommitAsync(CancellationToken ct)
        {
            foreach (var (index, name, work) in Completion.BeforeCommit)
            {
                try
                {
                    await work(ct);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    throw await FailAsync(index, name, e);
                }
            }
        }

        public async Task RollBackAsync()
        {
            try
            {
                await RollBackDatabaseAsync();
            }
            catch (Exception e)
            {
                // After a failed commit the transaction may be gone already; the first failure is the one to report.
                logger.LogWarning(e, "Recipe {Recipe}: rolling back the transaction failed", recipe.Name);
            }
            await Completion.RollBackAsync(logger, recipe.Name);
        }

        private async Task<RecipeExecutionException> FailAsync(int index, string name, Exception e)
        {
            await RollBackDatabaseAsync();
            var item = (e as RecipeStepException)?.Item;
            var reason = e is RecipeStepException or RecipeExecutionException
                ? e.Message
                : S["an unexpected error ({0}): {1}", e.GetType().Name, Innermost(e).Message].Value;
            logger.LogWarning("Recipe {Recipe} failed at step {StepIndex} ({StepName}), item {Item}: {Reason}",
                recipe.Name, index, name, item, reason);
            return new RecipeExecutionException(executor.Describe(index, name, item, reason), index, name, item, reason, e);
        }

        private async Task RollBackDatabaseAsync()
        {
            if (_rolledBack) return;
            _rolledBack = true;
            try
            {
                await transaction.RollbackAsync(CancellationToken.None);
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }
    }
}
