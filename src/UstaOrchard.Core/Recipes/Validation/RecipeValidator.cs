using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;
using UstaOrchard.Core.Definitions;

namespace UstaOrchard.Core.Recipes.Validation;

/// <summary>
/// Checks a whole recipe before anything runs and reports every problem with its place: steps without
/// a name, unknown steps, and each step's own rules (<see cref="IRecipeStepValidator"/>). Data lists are
/// read once, item by item, from the file; what needs the site (content types, referred items) is
/// asked at the end, in batches of ids.
/// </summary>
public sealed class RecipeValidator(IEnumerable<IRecipeStepHandler> handlers, IEnumerable<IRecipeStepValidator> validators,
    ContentDefinitionManager definitions, UstaDbContext db, IStringLocalizer<RecipeValidator> S)
{
    // Ids per query: far below every database's parameter limit, few round trips for 100,000 references.
    private const int Batch = 500;

    /// <summary>The name of the step that runs other recipes, whose types and items the validation cannot see.</summary>
    private const string RecipesStep = "recipes";

    /// <summary>Every problem of the recipe (the first <see cref="RecipeValidationState.MaxIssues"/>, then one saying how many more); empty when it may run.</summary>
    public async Task<IReadOnlyList<RecipeIssue>> ValidateAsync(Recipe recipe, RecipeOptions? options = null, CancellationToken ct = default)
        => (await CheckAsync(recipe, options, ct)).Issues;

    /// <summary>Throws <see cref="RecipeValidationException"/> listing every problem, if there is any.</summary>
    public async Task ThrowIfInvalidAsync(Recipe recipe, RecipeOptions? options = null, CancellationToken ct = default)
    {
        var (issues, total) = await CheckAsync(recipe, options, ct);
        if (total > 0) throw new RecipeValidationException(S["The recipe has {0} problems; it was not applied.", total], issues);
    }

    private async Task<(IReadOnlyList<RecipeIssue> Issues, int Total)> CheckAsync(Recipe recipe, RecipeOptions? options, CancellationToken ct)
    {
        options ??= new RecipeOptions();
        var known = handlers.Select(h => h.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var byName = validators.ToLookup(v => v.Name, StringComparer.OrdinalIgnoreCase);
        var state = new RecipeValidationState();

        for (var i = 0; i < recipe.Steps.Count; i++)
        {
            var index = i + 1;
            var name = recipe.Steps[i].GetString("name");
            if (string.IsNullOrWhiteSpace(name))
            {
                state.Add(new RecipeIssue(S["the step has no \"name\""], index));
                continue;
            }
            if (!known.Contains(name))
            {
                if (!options.SkipUnknownSteps)
                    state.Add(new RecipeIssue(S["unknown step '{0}'; known steps: {1}", name, string.Join(", ", known.Order())], index, name));
                continue;
            }
            if (string.Equals(name, RecipesStep, StringComparison.OrdinalIgnoreCase)) state.Opaque = true;
            foreach (var validator in byName[name]) await ValidateStepAsync(recipe, index, name, validator, state, ct);
        }

        await CheckSiteTypesAsync(state, ct);
        await CheckReferencesAsync(state, ct);
        var issues = state.Issues.ToList();
        if (state.Overflow > 0) issues.Add(new RecipeIssue(S["… and {0} more problems", state.Overflow]));
        return (issues, state.Count);
    }

    private async Task ValidateStepAsync(Recipe recipe, int index, string name, IRecipeStepValidator validator, RecipeValidationState state, CancellationToken ct)
    {
        var items = recipe.ReadDataWithPositions(index, ct);
        var check = new RecipeStepCheck(recipe, index, name, Recipe.WithoutData(recipe.Steps[index - 1]), items is not null, state);
        await validator.ValidateStepAsync(check, ct);
        if (items is null) return;
        var position = 0;
        await using var reading = items.GetAsyncEnumerator(ct);
        while (true)
        {
            try
            {
                if (!await reading.MoveNextAsync()) break;
            }
            catch (JsonException e)
            {
                // The file was checked whole when it was loaded; a value the node parser refuses (a name twice) is still one problem here.
                check.Report(S["data[{0}] cannot be read: {1}", position, e.Message], $"data[{position}]");
                break;
            }
            var item = reading.Current;
            validator.ValidateItem(check, item.Item, new RecipeItemPlace(position++, item.Line, item.Column));
        }
    }

    private async Task CheckSiteTypesAsync(RecipeValidationState state, CancellationToken ct)
    {
        foreach (var (type, place) in state.SiteTypes)
        {
            if (await definitions.GetTypeAsync(type, ct) is null)
                state.Add(place.Issue(S["content type '{0}' is defined neither by the site nor by a ContentDefinition step before this one", type]));
        }
    }

    private async Task CheckReferencesAsync(RecipeValidationState state, CancellationToken ct)
    {
        if (state.Opaque) return;
        var wanted = state.References.Keys.Where(id => !state.ItemIds.Contains(id)).ToList();
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var batch in wanted.Chunk(Batch))
        {
            var ids = batch.ToList();
            found.UnionWith(await db.ContentItems.AsNoTracking().Where(c => ids.Contains(c.ContentItemId))
                .Select(c => c.ContentItemId).Distinct().ToListAsync(ct));
        }
        foreach (var id in wanted.Where(id => !found.Contains(id)))
        {
            var (first, count) = state.References[id];
            state.Add(first.Issue(count == 1
                ? S["the item '{0}' it refers to is neither in the recipe nor in the site", id]
                : S["the item '{0}' it refers to is neither in the recipe nor in the site (referred to {1} times; the first is shown)", id, count]));
        }
    }
}
