using Microsoft.Extensions.Localization;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;
using UstaOrchard.Core.Definitions;

namespace UstaOrchard.Core.Recipes.Steps;

/// <summary>
/// <c>Content</c>: <c>{ "data": [ items ] }</c> in Orchard's item shape. Items are matched by
/// ContentItemVersionId (or, without one, by ContentItemId's latest version); unchanged versions
/// are skipped, so applying a recipe twice creates nothing twice. Items are read, evaluated and
/// saved one at a time, so time and memory grow with the item count, not faster; the reading runs a
/// few items ahead on another thread (<see cref="ContentReadAhead"/>).
/// </summary>
public sealed class ContentStep(ContentManager contents, ContentDefinitionManager definitions, UstaDbContext db,
    IEnumerable<IContentPreparer> preparers, IStringLocalizer<ContentStep> S) : IRecipeStepHandler
{
    public string Name => "Content";

    public async Task<string> ExecuteAsync(RecipeStepContext context)
    {
        var ct = context.CancellationToken;
        var data = context.ReadData() ?? throw new RecipeStepException(context.Step.GetPropertyIgnoreCase(Recipe.DataProperty) is null
            ? S["the step has no \"data\" list"]
            : S["\"data\" must be a list of content items"]);

        var known = new Dictionary<string, bool>(StringComparer.Ordinal);
        int created = 0, updated = 0, unchanged = 0;
        await foreach (var (index, read, isHistory, label, invalid) in ContentReadAhead.ReadAsync(data, preparers.ToList(), ct))
        {
            if (read is null && invalid is null) throw new RecipeStepException(S["data[{0}] is not a content item", index], label);
            if (invalid is not null) throw new RecipeStepException(invalid.Message, label);
            var item = read!;

            if (string.IsNullOrWhiteSpace(item.ContentType))
                throw new RecipeStepException(S["the item has no ContentType"], label);
            if (!known.TryGetValue(item.ContentType, out var defined))
                known[item.ContentType] = defined = await definitions.GetTypeAsync(item.ContentType, ct) is not null;
            if (!defined)
                throw new RecipeStepException(S["content type '{0}' is not defined", item.ContentType], label);
            if (string.IsNullOrWhiteSpace(item.ContentItemId)) item.ContentItemId = IdGenerator.NewId();

            try
            {
                var kind = await contents.ImportAsync(item, isHistory, ct) switch
                {
                    ContentImportStatus.Created => RecipeChangeKind.Created,
                    ContentImportStatus.Updated => RecipeChangeKind.Updated,
                    _ => RecipeChangeKind.Unchanged,
                };
                switch (kind)
                {
                    case RecipeChangeKind.Created: created++; break;
                    case RecipeChangeKind.Updated: updated++; break;
                    default: unchanged++; break;
                }
                context.Record(RecipeSubjects.Content, kind, item.ContentItemId, item.ContentType,
                    string.IsNullOrWhiteSpace(item.DisplayText) ? null : item.DisplayText);
            }
            catch (Exception e) when (e is InvalidOperationException or ContentValidationException)
            {
                throw new RecipeStepException(e.Message, label);
            }

            // Every item is saved by now: forgetting the tracked rows keeps each save's change
            // detection as cheap for the 100,000th item as for the first.
            db.ChangeTracker.Clear();
        }

        return S["{0} created, {1} updated, {2} unchanged", created, updated, unchanged];
    }
}
