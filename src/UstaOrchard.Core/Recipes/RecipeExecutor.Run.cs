using System.Globalization;
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
        RecipeOptions options, Dictionary<string, IRecipeStepHandler> handlers)
    {
        // Progress every this many items: often enough for a bar, rare enough to cost nothing.
        private const int ProgressEvery = 50;

        // Recipes a run may include through `recipes` steps, all levels together: listing one recipe a
        // thousand times is no cycle, but would apply it a thousand times.
        private const int MaxIncludedRecipes = 100;

        private readonly string _id = IdGenerator.NewId();
        private bool _rolledBack;
        private int _included;

        public RecipeCompletion Completion { get; } = new();

        public RecipeJournal Journal { get; } = new();

        /// <summary>The parameters the recipes that `recipes` steps ran read.</summary>
        public HashSet<string> IncludedParameters { get; } = new(StringComparer.OrdinalIgnoreCase);

        /// <summary>
        /// Where a recipe's steps sit in the run: under which step of the applied recipe, numbered how
        /// (the recipes one step runs are numbered on from each other: 3.1, 3.2, then 3.3 for the next one's first).
        /// </summary>
        private sealed record Frame(Recipe Recipe, string Prefix, int Offset, int? RootIndex, int RootCount, IReadOnlyList<string> Chain);

        public async Task<List<RecipeStepResult>> StepsAsync(List<PlannedStep> plan, RecipeExpressions expressions, CancellationToken ct)
        {
            var results = new List<RecipeStepResult>();
            await StepsAsync(plan, expressions, new Frame(recipe, "", 0, null, plan.Count, [recipe.Name]), results, ct);
            return results;
        }

        private async Task StepsAsync(List<PlannedStep> plan, RecipeExpressions expressions, Frame frame, List<RecipeStepResult> results, CancellationToken ct)
        {
            foreach (var (index, name, step, handler) in plan)
            {
                var number = frame.Prefix + (frame.Offset + index).ToString(CultureInfo.InvariantCulture);
                var root = frame.RootIndex ?? index;
                options.Progress?.Report(new RecipeProgress(root, frame.RootCount, name, 0) { StepNumber = number });
                if (handler is null)
                {
                    Journal.Add(new RecipeChange(root, name, RecipeSubjects.Step, RecipeChangeKind.Skipped, name) { StepNumber = number });
                    results.Add(new RecipeStepResult(root, name, S["skipped: no module handles this step"], Skipped: true) { StepNumber = number });
                    continue;
                }

                // The steps of recipes this step runs follow it in the results.
                var included = new List<RecipeStepResult>();
                var includedSteps = 0;
                try
                {
                    // The data list is evaluated item by item as the step reads it, never all at once.
                    var evaluated = (JsonObject)expressions.Evaluate(Recipe.WithoutData(step))!;
                    var context = new RecipeStepContext(frame.Recipe, index, name, evaluated, ct)
                    {
                        Evaluate = expressions.Evaluate,
                        RunId = _id,
                        Completion = Completion,
                        DryRun = options.DryRun,
                        ReplaceExistingUsers = options.ReplaceExistingUsers,
                        Journal = Journal,
                        StepNumber = number,
                        RootStepIndex = root,
                        RecipeChain = frame.Chain,
                        RunRecipe = (other, otherName) =>
                        {
                            var offset = includedSteps;
                            includedSteps += other.Steps.Count;
                            return IncludeAsync(other, new Frame(other, number + ".", offset, root, frame.RootCount, [.. frame.Chain, otherName]), included, ct);
                        },
                        ItemsRead = options.Progress is null ? null : count =>
                        {
                            if (count % ProgressEvery == 0) options.Progress.Report(new RecipeProgress(root, frame.RootCount, name, count) { StepNumber = number });
                        },
                    };
                    var summary = await handler.ExecuteAsync(context);
                    results.Add(new RecipeStepResult(root, name, summary, Skipped: false) { StepNumber = number });
                    results.AddRange(included);
                }
                catch (RecipeExecutionException)
                {
                    // A step of an included recipe failed: it names itself ("3.2") and the database is rolled back.
                    throw;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    throw await FailAsync(root, number, name, e);
                }
            }
        }

        private async Task IncludeAsync(Recipe other, Frame frame, List<RecipeStepResult> results, CancellationToken ct)
        {
            if (++_included > MaxIncludedRecipes)
                throw new RecipeStepException(S["a run may include at most {0} recipes", MaxIncludedRecipes], frame.Chain[^1]);
            List<PlannedStep> plan;
            try
            {
                plan = executor.Plan(other, handlers, options);
            }
            catch (RecipeExecutionException e)
            {
                // Plan numbers the included recipe's steps from 1: the reason alone, under this step, says it right.
                throw new RecipeStepException(S["recipe '{0}', step {1}: {2}", frame.Chain[^1], frame.Prefix + (frame.Offset + e.StepIndex), e.Reason], frame.Chain[^1]);
            }
            var expressions = executor.NewExpressions(other, options);
            await StepsAsync(plan, expressions, frame, results, ct);
            IncludedParameters.UnionWith(expressions.UsedParameters);
        }

        public async Task BeforeCommitAsync(bool preview, CancellationToken ct)
        {
            foreach (var work in Completion.BeforeCommit.Where(w => !preview || w.InPreview))
            {
                try
                {
                    await work.Work(ct);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    throw await FailAsync(work.StepIndex, work.StepNumber, work.StepName, e);
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

        private async Task<RecipeExecutionException> FailAsync(int index, string number, string name, Exception e)
        {
            await RollBackDatabaseAsync();
            var item = (e as RecipeStepException)?.Item;
            var reason = e is RecipeStepException or RecipeExecutionException
                ? e.Message
                : S["an unexpected error ({0}): {1}", e.GetType().Name, Innermost(e).Message].Value;
            logger.LogWarning("Recipe {Recipe} failed at step {StepNumber} ({StepName}), item {Item}: {Reason}",
                recipe.Name, number, name, item, reason);
            return new RecipeExecutionException(executor.Describe(number, name, item, reason), index, name, item, reason, e) { StepNumber = number };
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
