using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Localization;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;
using UstaOrchard.Core.Definitions;

namespace UstaOrchard.Core.Recipes.Steps;

/// <summary>
/// <c>ContentDefinition</c>: creates or alters content types and parts; settings merge into what is
/// stored. Older Orchard exports keep settings flat as strings (<c>"Creatable": "True"</c>): both shapes are read.
/// </summary>
public class ContentDefinitionStep(ContentDefinitionManager definitions, IStringLocalizer<ContentDefinitionStep> S) : IRecipeStepHandler
{
    private static readonly string[] TypeSettingKeys = ["Creatable", "Listable", "Draftable", "Versionable", "Securable", "Stereotype"];
    private static readonly string[] PartSettingKeys = ["Position", "DisplayName", "Description", "Editor", "DisplayMode"];
    private static readonly string[] FieldSettingKeys = ["DisplayName", "Position", "Description", "Editor", "DisplayMode"];

    public virtual string Name => "ContentDefinition";

    /// <summary>Replace rather than merge (the <c>ReplaceContentDefinition</c> step).</summary>
    protected virtual bool Replace => false;

    public async Task<string> ExecuteAsync(RecipeStepContext context)
    {
        var ct = context.CancellationToken;
        var types = 0;
        var parts = 0;
        foreach (var (json, position) in Items(context.Step, "ContentTypes"))
        {
            var incoming = Read<ContentTypeDefinition>(json, $"ContentTypes[{position}]");
            var existing = Replace ? null : await definitions.GetTypeAsync(incoming.Name, ct);
            await definitions.SaveTypeAsync(existing is null ? Normalise(incoming) : Merge(existing, incoming), ct);
            types++;
        }

        foreach (var (json, position) in Items(context.Step, "ContentParts"))
        {
            var incoming = Read<ContentPartDefinition>(json, $"ContentParts[{position}]");
            var existing = Replace ? null : await definitions.GetPartAsync(incoming.Name, ct);
            await definitions.SavePartAsync(existing is null ? Normalise(incoming) : Merge(existing, incoming), ct);
            parts++;
        }

        return S["{0} content types, {1} content parts", types, parts];
    }

    private static IEnumerable<(JsonObject Json, int Position)> Items(JsonObject step, string name)
        => step.GetPropertyIgnoreCase(name) is JsonArray array
            ? array.Select((n, i) => (n as JsonObject ?? new JsonObject(), i))
            : [];

    private T Read<T>(JsonObject json, string where) where T : class
    {
        T? definition;
        try
        {
            definition = json.Deserialize<T>(ContentJson.Options);
        }
        catch (JsonException e)
        {
            throw new RecipeStepException(S["{0} is not a valid definition: {1}", where, e.Message], where);
        }
        var name = json.GetString("Name");
        if (definition is null || string.IsNullOrWhiteSpace(name))
            throw new RecipeStepException(S["{0} has no \"Name\"", where], where);
        return definition;
    }

    private static ContentTypeDefinition Normalise(ContentTypeDefinition type)
    {
        type.Settings = Nest(type.Settings, "ContentTypeSettings", TypeSettingKeys);
        if (string.IsNullOrWhiteSpace(type.DisplayName)) type.DisplayName = type.Name;
        foreach (var part in type.ContentTypePartDefinitionRecords)
        {
            if (string.IsNullOrWhiteSpace(part.PartName)) part.PartName = part.Name;
            if (string.IsNullOrWhiteSpace(part.Name)) part.Name = part.PartName;
            part.Settings = Nest(part.Settings, "ContentTypePartSettings", PartSettingKeys);
        }
        return type;
    }

    private static ContentPartDefinition Normalise(ContentPartDefinition part)
    {
        foreach (var field in part.ContentPartFieldDefinitionRecords)
            field.Settings = Nest(field.Settings, "ContentPartFieldSettings", FieldSettingKeys);
        return part;
    }

    private static ContentTypeDefinition Merge(ContentTypeDefinition existing, ContentTypeDefinition incoming)
    {
        Normalise(incoming);
        if (!string.IsNullOrWhiteSpace(incoming.DisplayName) && incoming.DisplayName != incoming.Name)
            existing.DisplayName = incoming.DisplayName;
        existing.Settings.MergeFrom(incoming.Settings);
        foreach (var part in incoming.ContentTypePartDefinitionRecords)
        {
            var known = existing.Part(part.Name);
            if (known is null) existing.ContentTypePartDefinitionRecords.Add(part);
            else known.Settings.MergeFrom(part.Settings);
        }
        return existing;
    }

    private static ContentPartDefinition Merge(ContentPartDefinition existing, ContentPartDefinition incoming)
    {
        Normalise(incoming);
        existing.Settings.MergeFrom(incoming.Settings);
        foreach (var field in incoming.ContentPartFieldDefinitionRecords)
        {
            var known = existing.ContentPartFieldDefinitionRecords
                .FirstOrDefault(f => string.Equals(f.Name, field.Name, StringComparison.OrdinalIgnoreCase));
            if (known is null) existing.ContentPartFieldDefinitionRecords.Add(field);
            else
            {
                known.FieldName = string.IsNullOrWhiteSpace(field.FieldName) ? known.FieldName : field.FieldName;
                known.Settings.MergeFrom(field.Settings);
            }
        }
        return existing;
    }

    // Moves flat legacy keys into their named section and turns "True"/"False" into booleans.
    private static JsonObject Nest(JsonObject settings, string section, string[] keys)
    {
        var result = new JsonObject();
        var nested = settings.GetPropertyIgnoreCase(section) is JsonObject s ? (JsonObject)s.DeepClone() : new JsonObject();
        foreach (var (key, value) in settings)
        {
            if (string.Equals(key, section, StringComparison.OrdinalIgnoreCase)) continue;
            var flat = keys.FirstOrDefault(k => string.Equals(k, key, StringComparison.OrdinalIgnoreCase));
            if (flat is not null) nested[flat] = Typed(value);
            else result[key] = value is JsonObject o ? Retype(o) : value?.DeepClone();
        }
        foreach (var (key, value) in nested.ToList()) nested[key] = Typed(value);
        result[section] = nested;
        return result;
    }

    private static JsonObject Retype(JsonObject obj)
    {
        var copy = new JsonObject();
        foreach (var (key, value) in obj) copy[key] = value is JsonObject o ? Retype(o) : Typed(value);
        return copy;
    }

    private static JsonNode? Typed(JsonNode? value)
        => value is JsonValue v && v.TryGetValue<string>(out var s) && bool.TryParse(s, out var b)
            ? JsonValue.Create(b)
            : value?.DeepClone();
}

/// <summary><c>ReplaceContentDefinition</c>: the definitions in the step replace the stored ones whole.</summary>
public sealed class ReplaceContentDefinitionStep(ContentDefinitionManager definitions, IStringLocalizer<ContentDefinitionStep> S)
    : ContentDefinitionStep(definitions, S)
{
    public override string Name => "ReplaceContentDefinition";
    protected override bool Replace => true;
}

/// <summary><c>DeleteContentDefinition</c>: <c>{ "ContentTypes": ["Name"], "ContentParts": ["Name"] }</c>.</summary>
public sealed class DeleteContentDefinitionStep(ContentDefinitionManager definitions, IStringLocalizer<ContentDefinitionStep> S) : IRecipeStepHandler
{
    public string Name => "DeleteContentDefinition";

    public async Task<string> ExecuteAsync(RecipeStepContext context)
    {
        var deleted = 0;
        foreach (var (kind, key) in new[] { (ContentDefinitionRecord.TypeKind, "ContentTypes"), (ContentDefinitionRecord.PartKind, "ContentParts") })
        {
            if (context.Step.GetPropertyIgnoreCase(key) is not JsonArray names) continue;
            foreach (var name in names.Select(n => n?.ToString()).Where(n => !string.IsNullOrWhiteSpace(n)))
            {
                if (await definitions.DeleteAsync(kind, name!, context.CancellationToken)) deleted++;
            }
        }
        return S["{0} definitions deleted", deleted];
    }
}
