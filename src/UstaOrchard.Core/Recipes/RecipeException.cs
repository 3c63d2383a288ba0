namespace UstaOrchard.Core.Recipes;

/// <summary>A recipe that cannot be read at all (not JSON, steps not a list); a JSON error says its line and column.</summary>
public sealed class RecipeFormatException(string source, string reason, long? line = null, long? column = null) : Exception($"{source}: {reason}")
{
    public string RecipeSource { get; } = source;
    public string Reason { get; } = reason;
    public long? Line { get; } = line;
    public long? Column { get; } = column;

    /// <summary>The problem as the validation reports its issues (the admin pages and the command line show both alike).</summary>
    public RecipeIssue Issue => new(Message, Line: Line, Column: Column);
}

/// <summary>
/// Thrown by a step handler for input it refuses; <see cref="Item"/> names what failed
/// (a content item id, a user name, a settings key) so that the operator can find it.
/// </summary>
public sealed class RecipeStepException(string message, string? item = null) : Exception(message)
{
    public string? Item { get; } = item;
}

/// <summary>A recipe that failed: nothing it did was kept. Names the step (1-based index and name) and the item.</summary>
public sealed class RecipeExecutionException(string message, int stepIndex, string stepName, string? item, string reason, Exception? inner = null)
    : Exception(message, inner)
{
    public int StepIndex { get; } = stepIndex;

    /// <summary>The full number of the failed step: "3.2" for a step of a recipe that step 3 ran.</summary>
    public string StepNumber { get; init; } = stepIndex.ToString(System.Globalization.CultureInfo.InvariantCulture);
    public string StepName { get; } = stepName;
    public string? Item { get; } = item;
    public string Reason { get; } = reason;
}
