namespace UstaOrchard.Core.Recipes.Validation;

/// <summary>
/// What the validation of one recipe has learnt so far, shared by its steps: the issues, the types
/// the recipe defines, the items it holds and the items it refers to (checked against the site at the end).
/// Only ids are kept, never items, so memory grows by a few dozen bytes an item.
/// </summary>
public sealed class RecipeValidationState
{
    /// <summary>Issues kept in full; past this the rest are only counted.</summary>
    public const int MaxIssues = 200;

    private readonly List<RecipeIssue> _issues = [];

    public IReadOnlyList<RecipeIssue> Issues => _issues;

    /// <summary>Issues found past <see cref="MaxIssues"/>.</summary>
    public int Overflow { get; private set; }

    public int Count => _issues.Count + Overflow;

    /// <summary>Content types a ContentDefinition step before the current one defines.</summary>
    public HashSet<string> DefinedTypes { get; } = new(StringComparer.Ordinal);

    /// <summary>Content types the recipe uses and does not define: the site must (first place of use).</summary>
    public Dictionary<string, RecipeIssuePlace> SiteTypes { get; } = new(StringComparer.Ordinal);

    /// <summary>Content item ids the recipe holds (top-level items and nested ones such as taxonomy terms).</summary>
    public HashSet<string> ItemIds { get; } = new(StringComparer.Ordinal);

    /// <summary>Every ContentItemVersionId seen, with its first place.</summary>
    public Dictionary<string, RecipeIssuePlace> VersionIds { get; } = new(StringComparer.Ordinal);

    /// <summary>Ids the recipe refers to: the first place and how many places.</summary>
    public Dictionary<string, (RecipeIssuePlace First, int Count)> References { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// True once the validation met a step it cannot see into (the <c>recipes</c> step brings other
    /// recipes' types and items): types used after it, and references anywhere, are then not reported.
    /// </summary>
    public bool Opaque { get; set; }

    public void Add(RecipeIssue issue)
    {
        if (_issues.Count < MaxIssues) _issues.Add(issue);
        else Overflow++;
    }

    public void UseType(string type, RecipeIssuePlace place)
    {
        if (!Opaque && !DefinedTypes.Contains(type)) SiteTypes.TryAdd(type, place);
    }

    public void Refer(string id, RecipeIssuePlace place)
        => References[id] = References.TryGetValue(id, out var seen) ? (seen.First, seen.Count + 1) : (place, 1);
}

/// <summary>A place in a recipe: step, item, JSON path inside the item, line and column in the file.</summary>
public sealed record RecipeIssuePlace(int StepIndex, string StepName, string? Item = null, string? Path = null, long? Line = null, long? Column = null)
{
    public RecipeIssue Issue(string message) => new(message, StepIndex, StepName, Item, Path, Line, Column);
}
