using System.Text.Json.Nodes;

namespace UstaOrchard.Core.Recipes;

/// <summary>
/// Runs one kind of recipe step (matched by <see cref="Name"/>, without regard to case). Register
/// with <c>services.AddRecipeStep&lt;T&gt;()</c>. Throw <see cref="RecipeStepException"/> for bad input.
/// </summary>
public interface IRecipeStepHandler
{
    string Name { get; }

    /// <summary>Applies the step and says in one line what it did.</summary>
    Task<string> ExecuteAsync(RecipeStepContext context);
}

/// <summary>
/// One step being applied. <see cref="Step"/> holds its evaluated fields except its <c>data</c> list,
/// which is read item by item through <see cref="ReadData"/>.
/// </summary>
public sealed record RecipeStepContext(Recipe Recipe, int StepIndex, string StepName, JsonObject Step, CancellationToken CancellationToken)
{
    /// <summary>Replaces the expressions of one item; the executor sets it to the recipe's expressions.</summary>
    public Func<JsonNode?, JsonNode?> Evaluate { get; init; } = static node => node?.DeepClone();

    /// <summary>One id per application of a recipe (for staging folders and logs).</summary>
    public string RunId { get; init; } = "";

    /// <summary>True in a preview: the step runs as usual and the recipe is rolled back at the end.</summary>
    public bool DryRun { get; init; }

    /// <summary>See <see cref="RecipeOptions.ReplaceExistingUsers"/>.</summary>
    public bool ReplaceExistingUsers { get; init; }

    /// <summary>The run's record of changes: record through <see cref="Record"/>.</summary>
    public RecipeJournal Journal { get; init; } = new();

    /// <summary>Where the executor reports progress (the data list's items are counted by <see cref="ReadData"/>).</summary>
    public Action<int>? ItemsRead { get; init; }

    /// <summary>
    /// The step's full number: its index, or "3.2" for the second step of a recipe that step 3 (a
    /// <c>recipes</c> step) ran. Unique in a run: name per-step things (staging folders) with it.
    /// </summary>
    public string StepNumber { get; init; } = StepIndex.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The step of the applied recipe this step runs under (its own index at the top).</summary>
    public int RootStepIndex { get; init; } = StepIndex;

    /// <summary>The names of the recipes from the applied one down to this step's (a <c>recipes</c> step refuses cycles with it).</summary>
    public IReadOnlyList<string> RecipeChain { get; init; } = [Recipe.Name];

    /// <summary>Records one thing this step created, updated, left unchanged or removed (the preview lists them).</summary>
    public void Record(string subject, RecipeChangeKind kind, string key, string? type = null, string? title = null)
        => Journal.Add(new RecipeChange(RootStepIndex, StepName, subject, kind, key, type, title) { StepNumber = StepNumber });

    /// <summary>Set by the executor: runs another recipe's steps in this run (see <see cref="RunRecipeAsync"/>).</summary>
    internal Func<Recipe, string, Task>? RunRecipe { get; init; }

    /// <summary>
    /// Runs <paramref name="recipe"/>'s steps here, in this recipe's transaction, journal and preview,
    /// numbered under this step ("3.1", "3.2"); <paramref name="name"/> joins <see cref="RecipeChain"/>.
    /// </summary>
    public Task RunRecipeAsync(Recipe recipe, string name)
        => RunRecipe?.Invoke(recipe, name) ?? throw new InvalidOperationException("Only a step the recipe executor runs can run another recipe.");

    /// <summary>The recipe's end: the executor sets it; the default serves a step run on its own.</summary>
    public RecipeCompletion Completion { get; init; } = new();

    /// <summary>
    /// Runs <paramref name="work"/> after the last step, inside the recipe's transaction, just before
    /// it commits; a failure fails the recipe as this step (throw <see cref="RecipeStepException"/>).
    /// </summary>
    public void BeforeCommit(Func<CancellationToken, Task> work) => Completion.AddBeforeCommit(RootStepIndex, StepNumber, StepName, work, inPreview: false);

    /// <summary>
    /// A check of the recipe's final state that changes nothing (a settings section's rules): it runs
    /// with the before-commit work, and at the end of a preview too, so a preview refuses what an apply would.
    /// </summary>
    public void CheckBeforeCommit(Func<CancellationToken, Task> check) => Completion.AddBeforeCommit(RootStepIndex, StepNumber, StepName, check, inPreview: true);

    /// <summary>Runs <paramref name="undo"/> if the recipe fails, at any point, even after its before-commit work ran.</summary>
    public void OnRollback(Func<Task> undo) => Completion.AddRollback(undo);

    /// <summary>Runs <paramref name="work"/> once the recipe has committed; a failure is only logged.</summary>
    public void AfterCommit(Func<Task> work) => Completion.AddAfterCommit(work);

    /// <summary>
    /// The step's <c>data</c> list, one evaluated item at a time (a recipe file's list is read from
    /// the file as it goes, so its length costs no memory); null when the step has no list there.
    /// </summary>
    public IAsyncEnumerable<JsonNode?>? ReadData()
    {
        var items = Recipe.ReadData(StepIndex, CancellationToken);
        return items is null ? null : EvaluatedAsync(items);
    }

    private async IAsyncEnumerable<JsonNode?> EvaluatedAsync(IAsyncEnumerable<JsonNode?> items)
    {
        var count = 0;
        await foreach (var item in items)
        {
            yield return Evaluate(item);
            ItemsRead?.Invoke(++count);
        }
    }
}
