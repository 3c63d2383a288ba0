using System.Text.Json.Nodes;

namespace UstaOrchard.Core.Recipes.Validation;

/// <summary>One step under validation: its fields (without its data list) and where its problems go.</summary>
public sealed class RecipeStepCheck(Recipe recipe, int stepIndex, string stepName, JsonObject step, bool hasData, RecipeValidationState state)
{
    public Recipe Recipe { get; } = recipe;
    public int StepIndex { get; } = stepIndex;
    public string StepName { get; } = stepName;
    public JsonObject Step { get; } = step;

    /// <summary>True when the step has a <c>data</c> list (its items come to the validator one by one).</summary>
    public bool HasData { get; } = hasData;

    public RecipeValidationState State { get; } = state;

    /// <summary>A place in this step: an item (its id or <c>data[i]</c>), a JSON path inside it, its line and column.</summary>
    public RecipeIssuePlace At(string? item = null, string? path = null, long? line = null, long? column = null)
        => new(StepIndex, StepName, item, path, line, column);

    public void Report(string message, string? item = null, string? path = null, long? line = null, long? column = null)
        => State.Add(At(item, path, line, column).Issue(message));

    public void Report(RecipeIssuePlace place, string message) => State.Add(place.Issue(message));

    /// <summary>True for an expression (<c>[js: …]</c>, <c>[file: …]</c>): its value is known only when the step runs.</summary>
    public static bool IsExpression(string? value)
    {
        // Trimmed first, as the executor does (and Orchard): " [js: uuid()]\n" is an expression too.
        var text = value?.Trim();
        return text is not null && text.EndsWith(']') && (text.StartsWith("[js:", StringComparison.Ordinal) || text.StartsWith("[file:", StringComparison.Ordinal));
    }
}
