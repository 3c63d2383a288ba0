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

    /// <summary>The journal's <see cref="RecipeChange.Type"/> of a definition: a content type or a content part.</summary>
    public const string TypeKind = "ContentType";
    public const string PartKind = "ContentPart";

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
            var existing = await definitions.GetTypeAsync(incoming.Name, ct);
            var before = Stored(existing);
            var saved = existing is null || Replace ? Normalise(incoming) : Merge(existing, incoming);
            await definitions.SaveTypeAsync(saved, ct);
            context.Record(RecipeSubjects.Definition, Kind(before, saved), saved.Name, TypeKind, saved.DisplayName);
            types++;
        }

        foreach (var (json, position) in Items(context.Step, "ContentParts"))
        {
            var incoming = Read<ContentPartDefinition>(json, $"ContentParts[{position}]");
            var existing = await definitions.GetPartAsync(incoming.Name, ct);
            var before = Stored(existing);
            var saved = existing is null || Replace ? Normalise(incoming) : Merge(existing, incoming);
            await definitions.SavePartAsync(saved, ct);
            context.Record(RecipeSubjects.Definition, Kind(before, saved), saved.Name, PartKind);
            parts++;
        }

        return S["{0} content types, {1} content parts", types, parts];
    }

    // What the store holds, as JSON, before the step changes the definition (Merge changes it in place).
    private static JsonNode? Stored<T>(T? definition) where T : class
        => definition is null ? null : JsonSerializer.SerializeToNode(definition, ContentJson.Options);

    private static RecipeChangeKind Kind<T>(JsonNode? before, T saved)
        => before is null ? RecipeChangeKind.Created
            : JsonNode.DeepEquals(before, JsonSerializer.SerializeToNode(saved, ContentJson.Options)) ? RecipeChangeKind.Unchanged
            : RecipeChangeKind.Updated;

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
                if (!await definitions.DeleteAsync(kind, name!, context.CancellationToken)) continue;
                context.Record(RecipeSubjects.Definition, RecipeChangeKind.Removed, name!,
                    kind == ContentDefinitionRecord.TypeKind ? ContentDefinitionStep.TypeKind : ContentDefinitionStep.PartKind);
                deleted++;
            }
        }
        return S["{0} definitions deleted", deleted];
    }
}
