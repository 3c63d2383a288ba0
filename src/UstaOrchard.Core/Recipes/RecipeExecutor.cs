using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;
using UstaOrchard.Core.Recipes.Validation;

namespace UstaOrchard.Core.Recipes;

/// <summary>A step's one-line summary. A step of a recipe run by a <c>recipes</c> step has its parent's <c>Index</c> and its own <c>StepNumber</c> ("3.2").</summary>
public sealed record RecipeStepResult(int Index, string Name, string Summary, bool Skipped)
{
    public string StepNumber { get; init; } = Index.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>
/// What a recipe did (or, in a preview (<c>DryRun</c>), would do: everything was rolled back).
/// <c>Journal</c> lists every change the steps recorded.
/// </summary>
public sealed record RecipeResult(string RecipeName, IReadOnlyList<RecipeStepResult> Steps, IReadOnlyCollection<string> UsedParameters)
{
    public RecipeJournal Journal { get; init; } = new();
    public bool DryRun { get; init; }
}

public sealed class RecipeOptions
{
    /// <summary>Values for <c>parameters('…')</c>: AdminUsername, AdminEmail, AdminPassword, SiteName.</summary>
    public Dictionary<string, string?> Parameters { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Skip steps no module handles (Orchard-only steps such as <c>feature</c>) instead of refusing the recipe.</summary>
    public bool SkipUnknownSteps { get; init; }

    /// <summary>
    /// A preview: every step runs as it would, inside the transaction, and then everything is rolled
    /// back (database and files) instead of committed; the result's journal says what would change.
    /// </summary>
    public bool DryRun { get; init; }

    /// <summary>
    /// A restore from a backup: a Users step's password hashes replace those of users who already exist.
    /// Off by default, so a recipe from elsewhere (an upload) can add users but never take over an account;
    /// the command line's <c>recipe apply</c> (the operator's restore) turns it on.
    /// </summary>
    public bool ReplaceExistingUsers { get; init; }

    /// <summary>Told at each step's start and as its data list is read (from the applying thread).</summary>
    public IProgress<RecipeProgress>? Progress { get; init; }

    /// <summary>Work that must land with the recipe or not at all (setup marks the site as set up here).</summary>
    public Func<IServiceProvider, CancellationToken, Task>? BeforeCommitAsync { get; init; }
}

/// <summary>
/// Applies a recipe in one transaction: every step lands or none does. A failure names the
/// step (1-based index and name) and the item that failed.
/// </summary>
public sealed partial class RecipeExecutor(IServiceScopeFactory scopes, IConfiguration configuration,
    IStringLocalizer<RecipeExecutor> S, ILogger<RecipeExecutor> logger)
{
    public async Task<RecipeResult> ExecuteAsync(Recipe recipe, RecipeOptions? options = null, CancellationToken ct = default)
    {
        options ??= new RecipeOptions();
        // Its own scope: caches of the scope (site settings, definitions) die with a rolled-back recipe.
        await using var scope = scopes.CreateAsyncScope();
        var recipeScope = scope.ServiceProvider.GetRequiredService<RecipeScope>();
        recipeScope.IsRecipe = true;
        // Every problem is found and reported before anything runs (and before the transaction opens).
        await scope.ServiceProvider.GetRequiredService<RecipeValidator>().ThrowIfInvalidAsync(recipe, options, ct);
        var handlers = scope.ServiceProvider.GetServices<IRecipeStepHandler>()
            .ToDictionary(h => h.Name, StringComparer.OrdinalIgnoreCase);
        var plan = Plan(recipe, handlers, options);

        var db = scope.ServiceProvider.GetRequiredService<UstaDbContext>();
        var expressions = NewExpressions(recipe, options);
        await using var transaction = await db.BeginContentTransactionAsync(ct);
        await using var cache = await SqliteBulkCache.EnlargeAsync(db, ct);
        var run = new Run(this, S, logger, recipe, db, transaction, options, handlers);
        List<RecipeStepResult> results;
        var committed = false;
        try
        {
            results = await run.StepsAsync(plan, expressions, ct);
            if (options.DryRun)
            {
                // Only the checks run (a preview refuses what an apply would); the finally below rolls
                // the database and every step's outside work back.
                await run.BeforeCommitAsync(preview: true, ct);
                logger.LogInformation("Previewed recipe {Recipe}: {StepCount} steps", recipe.Name, results.Count);
                return new RecipeResult(recipe.Name, results, UsedParameters(expressions, run)) { Journal = run.Journal, DryRun = true };
            }
            // Steps' work outside the database (media files moved into place) runs here, before the
            // commit and inside the transaction: what it writes to the database lands with the recipe,
            // and a failure of the commit undoes it (the rollback work below) like any other failure.
            await run.BeforeCommitAsync(preview: false, ct);
            foreach (var work in recipeScope.BeforeCommit) await work(ct);
            if (options.BeforeCommitAsync is not null) await options.BeforeCommitAsync(scope.ServiceProvider, ct);
            await cache.RestoreAsync(ct);
            await transaction.CommitAsync(ct);
            committed = true;
        }
        finally
        {
            // Whatever failed (a step, the work before the commit, the commit, a cancellation), the
            // database is rolled back first, then every step undoes its work outside it.
            if (!committed)
            {
                await cache.TryRestoreAsync();
                await run.RollBackAsync();
            }
        }

        await run.Completion.AfterCommitAsync(logger, recipe.Name);
        logger.LogInformation("Applied recipe {Recipe}: {StepCount} steps", recipe.Name, results.Count);
        return new RecipeResult(recipe.Name, results, UsedParameters(expressions, run)) { Journal = run.Journal };
    }

    private static List<string> UsedParameters(RecipeExpressions expressions, Run run)
        => expressions.UsedParameters.Union(run.IncludedParameters, StringComparer.OrdinalIgnoreCase).ToList();

    private RecipeExpressions NewExpressions(Recipe recipe, RecipeOptions options) => new(recipe, options.Parameters, configuration);

    public string Describe(int index, string name, string? item, string reason)
        => Describe(index.ToString(System.Globalization.CultureInfo.InvariantCulture), name, item, reason);

    /// <summary>The failure of step <paramref name="number"/> ("3" or, in a recipe step 3 ran, "3.2").</summary>
    public string Describe(string number, string name, string? item, string reason)
        => item is null
            ? S["Step {0} ({1}) failed: {2}", number, name, reason]
            : S["Step {0} ({1}) failed at item '{2}': {3}", number, name, item, reason];

    private sealed record PlannedStep(int Index, string Name, JsonObject Step, IRecipeStepHandler? Handler);

    // Every step is checked before any runs: a misspelt step name fails at once, naming it.
    private List<PlannedStep> Plan(Recipe recipe, Dictionary<string, IRecipeStepHandler> handlers, RecipeOptions options)
    {
        var plan = new List<PlannedStep>();
        for (var i = 0; i < recipe.Steps.Count; i++)
        {
            var step = recipe.Steps[i];
            var index = i + 1;
            var name = step.GetString("name");
            if (string.IsNullOrWhiteSpace(name))
                throw new RecipeExecutionException(Describe(index, "?", null, S["the step has no \"name\""]), index, "", null, "no name");
            if (handlers.TryGetValue(name, out var handler))
                plan.Add(new PlannedStep(index, name, step, handler));
            else if (options.SkipUnknownSteps)
                plan.Add(new PlannedStep(index, name, step, null));
            else
            {
                var reason = S["unknown step '{0}'; known steps: {1}", name, string.Join(", ", handlers.Keys.Order())];
                throw new RecipeExecutionException(Describe(index, name, null, reason), index, name, null, reason);
            }
        }
        return plan;
    }

    private static Exception Innermost(Exception e)
    {
        while (e.InnerException is not null) e = e.InnerException;
        return e;
    }
}

public static class RecipeServiceCollectionExtensions
{
    public static IServiceCollection AddRecipeStep<THandler>(this IServiceCollection services)
        where THandler : class, IRecipeStepHandler
        => services.AddScoped<IRecipeStepHandler, THandler>();
}
