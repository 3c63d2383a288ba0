using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using UstaOrchard.Core.Contents;

namespace UstaOrchard.Core.Recipes.Steps;

/// <summary>
/// <c>recipes</c>, as in Orchard: <c>{ "Values": [ { "executionid": "…", "name": "other-recipe" } ] }</c> runs
/// the named recipes, in order, inside this recipe's run: same transaction, journal and preview, their
/// steps numbered under this one ("3.1"). Names are looked up in the recipe folders only (a file name
/// <c>name.recipe.json</c>, else a recipe whose <c>name</c> it is), never as paths: an uploaded recipe
/// must not reach any other file. <c>executionid</c> is Orchard's bookkeeping and is not needed here.
/// </summary>
public sealed partial class RecipesStep(RecipeCatalog catalog, IStringLocalizer<RecipesStep> S) : IRecipeStepHandler
{
    /// <summary>How many recipes deep inclusions may go below the applied one.</summary>
    public const int MaxDepth = 5;

    public string Name => "recipes";

    public async Task<string> ExecuteAsync(RecipeStepContext context)
    {
        if (context.Step.GetPropertyIgnoreCase("Values") is not JsonArray values)
            throw new RecipeStepException(S["the step has no \"Values\" list"]);

        var names = new List<string>();
        foreach (var node in values)
        {
            var name = (node as JsonObject)?.GetString("name");
            if (string.IsNullOrWhiteSpace(name)) throw new RecipeStepException(S["each value must be an object with a recipe's \"name\""]);
            var chain = context.RecipeChain;
            var start = chain.ToList().FindIndex(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
            if (start >= 0)
                throw new RecipeStepException(S["the recipes include each other in a cycle: {0}", string.Join(" -> ", chain.Skip(start).Append(name))], name);
            if (chain.Count > MaxDepth)
                throw new RecipeStepException(S["recipes may include recipes at most {0} levels deep: {1}", MaxDepth, string.Join(" -> ", chain.Append(name))], name);

            var recipe = await LoadAsync(name, context.CancellationToken);
            await context.RunRecipeAsync(recipe, name);
            names.Add(name);
        }
        return S["{0} recipes: {1}", names.Count, string.Join(", ", names)];
    }

    private async Task<Recipe> LoadAsync(string name, CancellationToken ct)
    {
        if (!SafeName().IsMatch(name)) throw new RecipeStepException(S["'{0}' is not a recipe name", Shorten(name)], Shorten(name));
        var file = catalog.Folders.Select(f => Path.Combine(f, name + ".recipe.json")).FirstOrDefault(File.Exists);
        if (file is not null)
        {
            try
            {
                return await Recipe.LoadAsync(file, ct);
            }
            catch (RecipeFormatException e)
            {
                throw new RecipeStepException(S["the recipe '{0}' cannot be read: {1}", name, e.Message], name);
            }
        }
        // Orchard finds a recipe by the name inside it, whatever its file is called.
        foreach (var other in catalog.Folders.SelectMany(f => Directory.EnumerateFiles(f, "*.recipe.json")).Order(StringComparer.Ordinal))
        {
            Recipe recipe;
            try
            {
                recipe = await Recipe.LoadAsync(other, ct);
            }
            catch (RecipeFormatException)
            {
                continue;
            }
            if (string.Equals(recipe.Name, name, StringComparison.OrdinalIgnoreCase)) return recipe;
        }
        throw new RecipeStepException(S["there is no recipe named '{0}'", name], name);
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";

    // A name, not a path: no separator, no "..", no drive.
    [GeneratedRegex(@"^[\p{L}\p{N}_-][\p{L}\p{N}._ -]{0,99}$")]
    private static partial Regex SafeName();
}
