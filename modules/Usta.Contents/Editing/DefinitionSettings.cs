using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Definitions;

namespace Usta.Contents.Editing;

/// <summary>
/// The settings every part and field shares, read as Orchard writes them: <c>Position</c>,
/// <c>DisplayName</c> and <c>Editor</c> in <c>ContentTypePartSettings</c> / <c>ContentPartFieldSettings</c>,
/// <c>Hint</c> and <c>Required</c> in the field type's own section (<c>TextFieldSettings</c>) or the
/// common one. Values may be JSON numbers and booleans or Orchard's older strings (<c>"True"</c>, <c>"2"</c>).
/// </summary>
public sealed record DefinitionSettings(string? DisplayName, string? Hint, bool Required, double Position, string? Editor)
{
    public static DefinitionSettings ForPart(ContentTypePartDefinition part)
    {
        var common = Section(part.Settings, "ContentTypePartSettings");
        return new DefinitionSettings(
            Text(common, "DisplayName"),
            Text(common, "Hint") ?? Text(common, "Description"),
            Flag(common, "Required"),
            Number(common, "Position"),
            Text(common, "Editor"));
    }

    public static DefinitionSettings ForField(ContentPartFieldDefinition field)
    {
        var common = Section(field.Settings, "ContentPartFieldSettings");
        var own = Section(field.Settings, field.FieldName + "Settings");
        return new DefinitionSettings(
            Text(common, "DisplayName"),
            Text(own, "Hint") ?? Text(common, "Hint") ?? Text(common, "Description"),
            Flag(own, "Required") || Flag(common, "Required"),
            Number(common, "Position"),
            Text(common, "Editor") ?? Text(own, "Editor"));
    }

    /// <summary>Definitions without a position come after those with one, in the order they are listed.</summary>
    public const double Unpositioned = 1_000_000;

    private static JsonObject? Section(JsonObject settings, string name) => settings.GetPropertyIgnoreCase(name) as JsonObject;

    private static string? Text(JsonObject? section, string name)
        => section?.GetPropertyIgnoreCase(name) is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text)
            ? text.Trim()
            : null;

    private static bool Flag(JsonObject? section, string name) => section?.GetPropertyIgnoreCase(name) is JsonValue value && value.GetValueKind() switch
    {
        JsonValueKind.True => true,
        JsonValueKind.String => bool.TryParse(value.GetValue<string>(), out var flag) && flag,
        _ => false,
    };

    private static double Number(JsonObject? section, string name) => section?.GetPropertyIgnoreCase(name) is JsonValue value
        ? value.GetValueKind() switch
        {
            JsonValueKind.Number => value.GetValue<double>(),
            JsonValueKind.String when double.TryParse(value.GetValue<string>(), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) => n,
            _ => Unpositioned,
        }
        : Unpositioned;
}
