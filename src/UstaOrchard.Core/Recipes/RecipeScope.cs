namespace UstaOrchard.Core.Recipes;

/// <summary>
/// Tells the services of a scope that a recipe is running in it (the executor sets it on the scope it
/// applies the recipe in). Reactions that would be one row per item (the audit trail's content events)
/// skip such changes: a recipe of 10,000 articles is recorded once, as the recipe run.
/// </summary>
public sealed class RecipeScope
{
    public bool IsRecipe { get; set; }

    /// <summary>
    /// Content changes of a run whose cached pages are evicted one by one (the item's page, its lists, its
    /// day); past them the run evicts every page once, at its commit (<c>CacheTagContentHandler</c>).
    /// </summary>
    public const int ExactEvictionLimit = 100;

    /// <summary>Content changes the run has made so far.</summary>
    public int ContentChanges { get; set; }

    /// <summary>The run has written its one "every page" eviction.</summary>
    public bool EvictsAll { get; set; }
}
