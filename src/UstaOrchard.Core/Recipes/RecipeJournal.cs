namespace UstaOrchard.Core.Recipes;

/// <summary>What a recipe changed (or, in a preview, would change), one line per thing.</summary>
public enum RecipeChangeKind
{
    Created,
    Updated,
    Unchanged,
    Removed,
    /// <summary>A step no module handles, passed over because the operator asked for it.</summary>
    Skipped,
}

/// <summary>
/// The kinds of things a recipe touches. A module may record its own subject (a string), these are
/// the ones the preview groups and names.
/// </summary>
public static class RecipeSubjects
{
    public const string Content = "content";
    public const string Definition = "definition";
    public const string Setting = "setting";
    public const string Role = "role";
    public const string User = "user";
    public const string Media = "media";
    public const string Index = "index";
    public const string Step = "step";
}

/// <summary>
/// One thing a step did. <paramref name="Type"/>: the content type of an item, <c>ContentType</c> or
/// <c>ContentPart</c> for a definition (else null); <paramref name="Key"/>: what identifies it (item id,
/// type name, settings section, role, user name, media path, step name); <paramref name="Title"/>: what a
/// person recognises it by (the item's title). <paramref name="StepIndex"/> is the step of the applied
/// recipe; <see cref="StepNumber"/> the full number of the step that did it ("3.2": the second step of a
/// recipe that step 3, a <c>recipes</c> step, ran).
/// </summary>
public sealed record RecipeChange(int StepIndex, string StepName, string Subject, RecipeChangeKind Kind, string Key,
    string? Type = null, string? Title = null)
{
    public string StepNumber { get; init; } = StepIndex.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>
/// The changes of one application of a recipe, in the order they happened. Steps record into it through
/// <see cref="RecipeStepContext.Record"/>; a preview (<see cref="RecipeOptions.DryRun"/>) is the same run
/// rolled back at the end, so what it lists is what an apply does.
/// </summary>
public sealed class RecipeJournal
{
    private readonly List<RecipeChange> _changes = [];
    private readonly object _lock = new();

    public IReadOnlyList<RecipeChange> Changes
    {
        get { lock (_lock) return _changes.ToList(); }
    }

    public void Add(RecipeChange change)
    {
        lock (_lock) _changes.Add(change);
    }

    /// <summary>How many changes of a subject and kind (for summaries).</summary>
    public int Count(string subject, RecipeChangeKind kind)
    {
        lock (_lock) return _changes.Count(c => c.Subject == subject && c.Kind == kind);
    }
}

/// <summary>
/// Where a running recipe is: step <paramref name="StepIndex"/> of <paramref name="StepCount"/> and how
/// many items of its data list have been read so far. Reported at each step's start and every few items.
/// In a recipe run by a <c>recipes</c> step, <see cref="StepNumber"/> says which of its steps ("3.2").
/// </summary>
public sealed record RecipeProgress(int StepIndex, int StepCount, string StepName, int ItemsDone)
{
    public string StepNumber { get; init; } = StepIndex.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
