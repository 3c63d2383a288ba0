using Microsoft.Extensions.Localization;
using System.Text.Json;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Definitions;

namespace UstaOrchard.Core.Recipes.Export.Steps;

/// <summary>
/// <c>ContentDefinition</c>: the exported types (all, or those chosen) and every part, as stored. A type
/// chosen for its content brings its definition, so the recipe applies to a site that lacks it.
/// </summary>
public sealed class ContentDefinitionExporter(ContentDefinitionManager definitions, IStringLocalizer<ContentDefinitionExporter> S) : IRecipeStepExporter
{
    public string StepName => "ContentDefinition";
    public int Order => 10;

    public async Task ExportAsync(RecipeExportContext context)
    {
        if (!context.Options.ContentDefinitions) return;
        var ct = context.CancellationToken;
        var types = (await definitions.ListTypesAsync(ct)).Where(t => context.Options.ExportsType(t.Name)).ToList();
        // Parts named by the types, and the parts named after the type (its fields), which are parts as well.
        var partNames = types.SelectMany(t => t.ContentTypePartDefinitionRecords.Select(p => p.PartName)).Concat(types.Select(t => t.Name))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var parts = (await definitions.ListPartsAsync(ct))
            .Where(p => context.Options.ContentTypes is null || partNames.Contains(p.Name)).ToList();

        var writer = context.Writer;
        writer.WriteStartObject();
        writer.WriteString("name", StepName);
        writer.WritePropertyName("ContentTypes");
        JsonSerializer.Serialize(writer, types, ContentJson.Options);
        writer.WritePropertyName("ContentParts");
        JsonSerializer.Serialize(writer, parts, ContentJson.Options);
        writer.WriteEndObject();
        context.Summarise(StepName, S["{0} content types, {1} content parts", types.Count, parts.Count]);
    }
}
