namespace UstaOrchard.Core.Recipes;

/// <summary>
/// One problem found in a recipe before anything runs, with where it is: the step (1-based index and
/// name), the item (its id or <c>data[3]</c>), a JSON path inside the item, and the file's line and
/// column when known. <see cref="Message"/> is Vietnamese and complete on its own.
/// </summary>
public sealed record RecipeIssue(string Message, int? StepIndex = null, string? StepName = null, string? Item = null,
    string? Path = null, long? Line = null, long? Column = null);

/// <summary>A recipe refused before it ran: every problem found, not only the first. Nothing was changed.</summary>
public sealed class RecipeValidationException(string message, IReadOnlyList<RecipeIssue> issues) : Exception(message)
{
    public IReadOnlyList<RecipeIssue> Issues { get; } = issues;
}
