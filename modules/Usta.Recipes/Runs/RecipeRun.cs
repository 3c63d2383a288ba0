using UstaOrchard.Core.Recipes;

namespace Usta.Recipes.Runs;

public enum RecipeRunState
{
    Running,
    Succeeded,
    Failed,
}

/// <summary>One application of a recipe started from the admin: where it is while it runs, what it did or why it failed.</summary>
public sealed class RecipeRun(string id, string recipeName, string? userName, DateTime startedUtc) : IProgress<RecipeProgress>
{
    private volatile RecipeProgress? _progress;
    // Written last, volatile: a reader that sees the run finished also sees its result or failure.
    private volatile RecipeRunState _state = RecipeRunState.Running;

    public string Id { get; } = id;
    public string RecipeName { get; } = recipeName;
    public string? UserName { get; } = userName;
    public DateTime StartedUtc { get; } = startedUtc;
    public DateTime? FinishedUtc { get; private set; }
    public RecipeRunState State => _state;
    public RecipeResult? Result { get; private set; }
    public RecipeFailure? Failure { get; private set; }
    public RecipeProgress? Progress => _progress;

    // Set from the applying thread as it goes (not through Progress<T>, which posts and may reorder).
    void IProgress<RecipeProgress>.Report(RecipeProgress value) => _progress = value;

    public void Succeed(RecipeResult result, DateTime utc)
    {
        Result = result;
        FinishedUtc = utc;
        _state = RecipeRunState.Succeeded;
    }

    public void Fail(RecipeFailure failure, DateTime utc)
    {
        Failure = failure;
        FinishedUtc = utc;
        _state = RecipeRunState.Failed;
    }
}
