using System.Text.Json;
using System.Text.Json.Serialization;

namespace Usta.Contents.Editing.Drivers;

/// <summary>Orchard's older exports write flags as strings (<c>"Required": "True"</c>); both forms read as a bool.</summary>
public sealed class LenientBoolConverter : JsonConverter<bool>
{
    public override bool Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.String => bool.TryParse(reader.GetString(), out var flag) && flag,
        JsonTokenType.Number => reader.TryGetInt32(out var n) && n != 0,
        _ => false,
    };

    public override void Write(Utf8JsonWriter writer, bool value, JsonSerializerOptions options) => writer.WriteBooleanValue(value);
}
