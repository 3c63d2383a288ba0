using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace UstaOrchard.Core.Contents;

/// <summary>
/// Base of a typed part. Properties the class does not declare (fields a recipe added) are kept
/// in <see cref="ExtensionData"/>, so reading and writing a part never drops them.
/// </summary>
public abstract class ContentPart
{
    private static readonly ConcurrentDictionary<Type, string> Names = new();

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }

    /// <summary>The JSON name of a part: its class name, or the name in <see cref="ContentPartNameAttribute"/>.</summary>
    public static string NameOf<TPart>() where TPart : ContentPart => NameOf(typeof(TPart));

    public static string NameOf(Type partType)
        => Names.GetOrAdd(partType, t => t.GetCustomAttribute<ContentPartNameAttribute>()?.Name ?? t.Name);
}

/// <summary>
/// Names the JSON property a part lives under when it differs from the class name. Orchard keeps
/// a type's own fields in a part named after the type: <c>"Article": { "Lead": { "Text": "…" } }</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ContentPartNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}

public static class ContentJson
{
    /// <summary>Orchard's property names as they are, Vietnamese written as itself.</summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };
}
