using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Localization;
using UstaOrchard.Core.Localization;

namespace UstaOrchard.Core.Contents;

/// <summary>Reads and writes a content item in Orchard's recipe shape: common properties and parts side by side.</summary>
public static class ContentItemJson
{
    // Read by recipes before any container exists (the command line), so the strings table is read directly.
    private static readonly IStringLocalizer S = new JsonStringLocalizerFactory().Create(typeof(ContentItemJson));

    private static readonly HashSet<string> Common = new(StringComparer.OrdinalIgnoreCase)
    {
        "ContentItemId", "ContentItemVersionId", "ContentType", "DisplayText", "Latest", "Published",
        "ModifiedUtc", "PublishedUtc", "CreatedUtc", "Owner", "Author", "Id", "ModifiedBy",
    };

    public static ContentItem FromJson(JsonObject json)
    {
        var item = new ContentItem
        {
            ContentItemId = json.GetString("ContentItemId") ?? "",
            ContentItemVersionId = json.GetString("ContentItemVersionId") ?? "",
            ContentType = json.GetString("ContentType") ?? "",
            DisplayText = json.GetString("DisplayText") ?? "",
            Latest = ReadBool(json, "Latest"),
            Published = ReadBool(json, "Published"),
            Owner = json.GetString("Owner") ?? "",
            Author = json.GetString("Author") ?? "",
            CreatedUtc = ReadDate(json, "CreatedUtc"),
            ModifiedUtc = ReadDate(json, "ModifiedUtc"),
            PublishedUtc = ReadDate(json, "PublishedUtc"),
            ModifiedBy = json.GetString("ModifiedBy"),
        };
        foreach (var (key, value) in json)
        {
            if (!Common.Contains(key)) item.Content[key] = value?.DeepClone();
        }
        return item;
    }

    public static JsonObject ToJson(ContentItem item)
    {
        var json = new JsonObject
        {
            ["ContentItemId"] = item.ContentItemId,
            ["ContentItemVersionId"] = item.ContentItemVersionId,
            ["ContentType"] = item.ContentType,
            ["DisplayText"] = item.DisplayText,
            ["Latest"] = item.Latest,
            ["Published"] = item.Published,
            ["ModifiedUtc"] = item.ModifiedUtc,
            ["PublishedUtc"] = item.PublishedUtc,
            ["CreatedUtc"] = item.CreatedUtc,
            ["Owner"] = item.Owner,
            ["Author"] = item.Author,
        };
        // Not in Orchard's shape: the history's "who", kept by a backup and left out when unknown.
        if (item.ModifiedBy is not null) json["ModifiedBy"] = item.ModifiedBy;
        foreach (var (key, value) in item.Content) json[key] = value?.DeepClone();
        return json;
    }

    private static bool ReadBool(JsonObject json, string name) => json.GetPropertyIgnoreCase(name) switch
    {
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        JsonValue v when v.TryGetValue<string>(out var s) => bool.TryParse(s, out var b) && b,
        _ => false,
    };

    /// <summary>ISO dates; one without a zone is taken as UTC.</summary>
    public static DateTime? ReadDate(JsonObject json, string name)
    {
        var text = json.GetString(name);
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date))
            throw new FormatException(S["{0} '{1}' is not a date (use 2021-12-08T02:50:00Z)", name, text.Length <= 40 ? text : text[..40] + "…"]);
        return DateTime.SpecifyKind(date, DateTimeKind.Utc);
    }
}
