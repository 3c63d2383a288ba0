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

public sealed record RecipeStepContext(Recipe Recipe, int StepIndex, string StepName, JsonObject Step, CancellationToken CancellationToken);
