using System.Text.Json;
using System.Text.Json.Nodes;

namespace UstaOrchard.Core.Contents;

public static class JsonSettings
{
    /// <summary>Reads a named settings section (<c>"ContentTypeSettings": {…}</c>) as a typed object.</summary>
    public static T ReadSection<T>(this JsonObject settings, string name) where T : new()
        => settings.GetPropertyIgnoreCase(name) is JsonObject section
            ? section.Deserialize<T>(ContentJson.Options) ?? new T()
            : new T();

    public static JsonNode? GetPropertyIgnoreCase(this JsonObject json, string name)
    {
        if (json.TryGetPropertyValue(name, out var exact)) return exact;
        foreach (var (key, value) in json)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase)) return value;
        }
        return null;
    }

    public static string? GetString(this JsonObject json, string name)
        => json.GetPropertyIgnoreCase(name) is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    /// <summary>Merges <paramref name="source"/> into <paramref name="target"/>: objects recursively, anything else replaced.</summary>
    public static void MergeFrom(this JsonObject target, JsonObject source)
    {
        foreach (var (key, value) in source)
        {
            if (value is JsonObject sourceChild && target[key] is JsonObject targetChild)
                targetChild.MergeFrom(sourceChild);
            else
                target[key] = value?.DeepClone();
        }
    }
}
