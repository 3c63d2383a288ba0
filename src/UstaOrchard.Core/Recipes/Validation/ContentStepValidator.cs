using System.Text.Json.Nodes;
using Microsoft.Extensions.Localization;
using UstaOrchard.Core.Contents;

namespace UstaOrchard.Core.Recipes.Validation;

/// <summary>
/// <c>Content</c>: each item needs a <c>ContentType</c> the site or an earlier ContentDefinition step
/// defines, a <c>ContentItemVersionId</c> no other item of the recipe has, media paths inside the media
/// library, and items it refers to in the recipe or the site (<see cref="ContentItemReferences"/>).
/// Expressions are left to the step: their value is known only when it runs.
/// </summary>
public sealed class ContentStepValidator(ContentItemReferences references, IStringLocalizer<ContentStepValidator> S) : IRecipeStepValidator
{
    public string Name => "Content";

    public Task ValidateStepAsync(RecipeStepCheck step, CancellationToken ct)
    {
        if (!step.HasData)
            step.Report(step.Step.GetPropertyIgnoreCase(Recipe.DataProperty) is null
                ? S["the step has no \"data\" list"]
                : S["\"data\" must be a list of content items"], path: Recipe.DataProperty);
        return Task.CompletedTask;
    }

    public void ValidateItem(RecipeStepCheck step, JsonNode? node, RecipeItemPlace place)
    {
        if (node is not JsonObject item)
        {
            step.Report(S["data[{0}] is not a content item", place.Index], place.Label, line: place.Line, column: place.Column);
            return;
        }

        var id = item.GetString("ContentItemId");
        var label = string.IsNullOrWhiteSpace(id) ? place.Label : id;
        RecipeIssuePlace At(string path) => step.At(label, path, place.Line, place.Column);

        var type = item.GetString("ContentType");
        if (string.IsNullOrWhiteSpace(type))
            step.Report(At("ContentType"), S["the item has no ContentType"]);
        else if (!RecipeStepCheck.IsExpression(type))
            step.State.UseType(type, At("ContentType"));

        var version = item.GetString("ContentItemVersionId");
        if (!string.IsNullOrWhiteSpace(version) && !RecipeStepCheck.IsExpression(version)
            && !step.State.VersionIds.TryAdd(version, At("ContentItemVersionId")))
        {
            var first = step.State.VersionIds[version];
            step.Report(At("ContentItemVersionId"), S["ContentItemVersionId '{0}' is also that of item '{1}' in step {2}", version, first.Item ?? "", first.StepIndex]);
        }

        if (!string.IsNullOrWhiteSpace(id) && !RecipeStepCheck.IsExpression(id)) step.State.ItemIds.Add(id);
        references.Check(step, item, At);
    }
}
