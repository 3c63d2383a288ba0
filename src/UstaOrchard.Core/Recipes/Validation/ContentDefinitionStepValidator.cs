using System.Text.Json.Nodes;
using Microsoft.Extensions.Localization;
using UstaOrchard.Core.Contents;

namespace UstaOrchard.Core.Recipes.Validation;

/// <summary>
/// <c>ContentDefinition</c>: every type and part needs a <c>Name</c>; the types it defines count as
/// defined for the Content steps after it.
/// </summary>
public class ContentDefinitionStepValidator(IStringLocalizer<ContentDefinitionStepValidator> S) : IRecipeStepValidator
{
    public virtual string Name => "ContentDefinition";

    public Task ValidateStepAsync(RecipeStepCheck step, CancellationToken ct)
    {
        foreach (var list in new[] { "ContentTypes", "ContentParts" })
        {
            var node = step.Step.GetPropertyIgnoreCase(list);
            if (node is null) continue;
            if (node is not JsonArray array)
            {
                step.Report(S["\"{0}\" must be a list", list], path: list);
                continue;
            }
            for (var i = 0; i < array.Count; i++)
            {
                var name = (array[i] as JsonObject)?.GetString("Name");
                if (string.IsNullOrWhiteSpace(name))
                    step.Report(S["{0} has no \"Name\"", $"{list}[{i}]"], path: $"{list}[{i}].Name");
                else if (list == "ContentTypes" && !RecipeStepCheck.IsExpression(name))
                    step.State.DefinedTypes.Add(name);
            }
        }
        return Task.CompletedTask;
    }
}

/// <summary><c>ReplaceContentDefinition</c>: the same shape and rules as <c>ContentDefinition</c>.</summary>
public sealed class ReplaceContentDefinitionStepValidator(IStringLocalizer<ContentDefinitionStepValidator> S) : ContentDefinitionStepValidator(S)
{
    public override string Name => "ReplaceContentDefinition";
}
