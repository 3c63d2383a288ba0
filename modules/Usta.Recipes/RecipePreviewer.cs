using Usta.Recipes.Runs;
using UstaOrchard.Core.Contents;
using Usta.Recipes.Uploads;
using UstaOrchard.Core.Recipes;

namespace Usta.Recipes;

/// <summary>A recipe the admin pages work on: a shipped one (by name) or an upload (by id), shown and recorded under <paramref name="Name"/>.</summary>
public sealed record RecipeSource(string Name, string File, string? UploadId);

/// <summary>What a preview found: the result of the dry run, or why the recipe was refused.</summary>
public sealed record PreviewOutcome(Recipe? Recipe, RecipeResult? Result, RecipeFailure? Failure, IReadOnlyList<(int Index, string Name)> UnknownSteps);

/// <summary>Finds the recipe a request names and previews it: the executor's dry run, rolled back at the end.</summary>
public sealed class RecipePreviewer(RecipeCatalog catalog, RecipeUploads uploads, RecipeExecutor executor, IEnumerable<IRecipeStepHandler> handlers)
{
    /// <summary>
    /// The recipe named by a request: a shipped recipe's name as the catalog lists it (never a path), or
    /// an upload's id. Null when it names none.
    /// </summary>
    public RecipeSource? Find(string? name, string? upload)
    {
        if (!string.IsNullOrEmpty(upload))
            return uploads.Find(upload) is { } found ? new RecipeSource(found.FileName, found.RecipeFile, found.Id) : null;
        if (string.IsNullOrEmpty(name)) return null;
        return catalog.List().FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase)) is { File: not null } shipped
            ? new RecipeSource(shipped.Name, shipped.File, null)
            : null;
    }

    /// <summary>Reads the recipe; its failure (not JSON, steps not a list) is the outcome's.</summary>
    public async Task<(Recipe? Recipe, RecipeFailure? Failure)> LoadAsync(RecipeSource source, CancellationToken ct)
    {
        try
        {
            return (await Recipe.LoadAsync(source.File, ct), null);
        }
        catch (RecipeFormatException e)
        {
            return (null, RecipeFailure.From(e));
        }
    }

    /// <summary>The steps no module handles (Orchard's <c>feature</c>, <c>themes</c>…), by number and name.</summary>
    public IReadOnlyList<(int Index, string Name)> UnknownSteps(Recipe recipe)
    {
        var known = handlers.Select(h => h.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return recipe.Steps.Select((step, i) => (Index: i + 1, Name: step.GetString("name") ?? ""))
            .Where(s => s.Name.Length > 0 && !known.Contains(s.Name))
            .ToList();
    }

    public async Task<PreviewOutcome> PreviewAsync(RecipeSource source, bool skipUnknownSteps, CancellationToken ct)
    {
        var (recipe, refused) = await LoadAsync(source, ct);
        if (recipe is null) return new PreviewOutcome(null, null, refused, []);
        var unknown = UnknownSteps(recipe);
        try
        {
            var result = await executor.ExecuteAsync(recipe, new RecipeOptions { DryRun = true, SkipUnknownSteps = skipUnknownSteps }, ct);
            return new PreviewOutcome(recipe, result, null, unknown);
        }
        catch (Exception e) when (RecipeFailure.From(e) is { } failure)
        {
            return new PreviewOutcome(recipe, null, failure, unknown);
        }
    }
}
