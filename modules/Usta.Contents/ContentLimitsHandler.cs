using System.Text.Json.Nodes;
using Microsoft.Extensions.Localization;
using UstaOrchard.Core.Contents;

namespace Usta.Contents;

/// <summary>
/// Refuses an item whose texts are longer than <see cref="ContentLimits"/> allow: editors' forms
/// (at the field, by its key) and recipes alike get a message that names the field and its limit.
/// </summary>
public sealed class ContentLimitsHandler(ContentLimits limits, IStringLocalizer<ContentsStartup> S) : IContentHandler
{
    public Task ValidatingAsync(ContentValidateContext context)
    {
        var item = context.ContentItem;
        var before = context.Errors.Count;
        Check(context, TitleKey, S["Title"], item.DisplayText?.Length ?? 0, limits.TitleChars, nameof(ContentLimits.TitleChars));
        long total = item.DisplayText?.Length ?? 0;
        foreach (var (path, length) in Texts(item.Content, ""))
        {
            var (name, limit, setting) = path switch
            {
                TitleKey => (S["Title"].Value, limits.TitleChars, nameof(ContentLimits.TitleChars)),
                "HtmlBodyPart.Html" => (S["Body"].Value, limits.HtmlBodyChars, nameof(ContentLimits.HtmlBodyChars)),
                _ => (path, limits.FieldChars, nameof(ContentLimits.FieldChars)),
            };
            Check(context, EditorKey(path), name, length, limit, setting);
            total += length;
        }
        // The whole item's limit is for items that fit field by field: a field too long already says why.
        if (context.Errors.Count == before)
            Check(context, "", S["The whole item"], total, limits.ItemChars, nameof(ContentLimits.ItemChars));
        return Task.CompletedTask;
    }

    private const string TitleKey = "TitlePart.Title";

    private void Check(ContentValidateContext context, string key, string field, long length, int limit, string setting)
    {
        if (length > limit)
            context.Error(key, S["{0} is {1:N0} characters long; at most {2:N0} are allowed (Content:Limits:{3}).", field, length, limit, setting]);
    }

    // A part's own property is its editor's input ("TitlePart.Title"); a field's value sits one level
    // below the field ("Article.Lead.Text"), whose editor prefix is "Article.Lead".
    private static string EditorKey(string path)
    {
        var segments = path.Split('.');
        return segments.Length <= 2 ? path : $"{segments[0]}.{segments[1]}";
    }

    // Every text in the item's parts with its path ("Article.Lead.Text"); list entries share their list's path.
    private static IEnumerable<(string Path, int Length)> Texts(JsonNode? node, string path) => node switch
    {
        JsonObject obj => obj.SelectMany(p => Texts(p.Value, path.Length == 0 ? p.Key : $"{path}.{p.Key}")),
        JsonArray array => array.SelectMany(n => Texts(n, path)),
        JsonValue value when value.TryGetValue<string>(out var text) => [(path, text.Length)],
        _ => [],
    };
}
