using System.Text.Json.Nodes;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Media;

namespace UstaOrchard.Core.Recipes.Validation;

/// <summary>
/// Finds, in a content item's parts and fields (Orchard's shapes, see ContentFields), the items it refers
/// to (<c>ContentItemIds</c>, <c>TermContentItemIds</c>, <c>TaxonomyContentItemId</c>,
/// <c>CategoryPart.ParentContentItemId</c>, <c>ContainedPart.ListContentItemId</c>) and its media
/// paths (<c>Paths</c>). Nested items (a taxonomy's <c>Terms</c>) count as items of the recipe.
/// </summary>
public sealed class ContentItemReferences(MediaPathMessages pathMessages)
{
    private static readonly (string Part, string Property)[] PartReferences =
        [("CategoryPart", "ParentContentItemId"), ("ContainedPart", "ListContentItemId")];

    public void Check(RecipeStepCheck step, JsonObject item, Func<string, RecipeIssuePlace> at)
    {
        foreach (var (partName, partNode) in item)
        {
            if (partNode is not JsonObject part) continue;
            foreach (var (owner, property) in PartReferences)
            {
                if (string.Equals(partName, owner, StringComparison.OrdinalIgnoreCase))
                    Refer(step, part.GetString(property), at($"{partName}.{property}"));
            }
            foreach (var (fieldName, fieldNode) in part)
            {
                if (string.Equals(fieldName, "Terms", StringComparison.OrdinalIgnoreCase) && fieldNode is JsonArray terms)
                    AddNested(step, terms);
                else if (fieldNode is JsonObject field)
                    CheckField(step, field, $"{partName}.{fieldName}", at);
            }
        }
    }

    private void CheckField(RecipeStepCheck step, JsonObject field, string path, Func<string, RecipeIssuePlace> at)
    {
        foreach (var list in new[] { "ContentItemIds", "TermContentItemIds" })
        {
            if (field.GetPropertyIgnoreCase(list) is not JsonArray ids) continue;
            for (var i = 0; i < ids.Count; i++)
                Refer(step, Text(ids[i]), at($"{path}.{list}[{i}]"));
        }
        Refer(step, field.GetString("TaxonomyContentItemId"), at($"{path}.TaxonomyContentItemId"));

        if (field.GetPropertyIgnoreCase("Paths") is not JsonArray paths) return;
        for (var i = 0; i < paths.Count; i++)
        {
            var media = Text(paths[i]);
            if (media is null || RecipeStepCheck.IsExpression(media)) continue;
            if (!MediaPath.TryNormalizeFile(media, out _, out var error))
                step.Report(at($"{path}.Paths[{i}]"), pathMessages.Describe(error, media));
        }
    }

    private static void Refer(RecipeStepCheck step, string? id, RecipeIssuePlace place)
    {
        if (!string.IsNullOrWhiteSpace(id) && !RecipeStepCheck.IsExpression(id)) step.State.Refer(id, place);
    }

    // Orchard keeps a taxonomy's terms inside it as items of their own, terms within terms.
    private static void AddNested(RecipeStepCheck step, JsonArray items)
    {
        foreach (var node in items)
        {
            if (node is not JsonObject nested) continue;
            if (nested.GetString("ContentItemId") is { Length: > 0 } id && !RecipeStepCheck.IsExpression(id)) step.State.ItemIds.Add(id);
            // A term's own terms sit on the term itself (Orchard's shape) or inside one of its parts.
            foreach (var (name, child) in nested)
            {
                if (string.Equals(name, "Terms", StringComparison.OrdinalIgnoreCase) && child is JsonArray direct) AddNested(step, direct);
                else if (child is JsonObject part && part.GetPropertyIgnoreCase("Terms") is JsonArray deeper) AddNested(step, deeper);
            }
        }
    }

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
