using System.Text.Json.Nodes;

namespace Usta.Contents.Html;

/// <summary>
/// The HTML values of an item: the "Html" property of any object at any depth (HtmlBodyPart's and every
/// HtmlField's, in any part), so a field a recipe adds is covered without naming it.
/// </summary>
internal static class HtmlValues
{
    public static void Each(JsonNode? node, Action<JsonObject, string> visit)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["Html"] is JsonValue value && value.TryGetValue<string>(out var html)) visit(obj, html);
                // A copy of the properties: the visit may replace the value it was given.
                foreach (var (_, child) in obj.ToList()) Each(child, visit);
                break;
            case JsonArray array:
                foreach (var child in array) Each(child, visit);
                break;
        }
    }
}
