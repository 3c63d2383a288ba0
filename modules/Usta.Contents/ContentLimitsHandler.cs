using System.Text.Json.Nodes;
using Microsoft.Extensions.Localization;
using UstaOrchard.Core.Contents;

namespace Usta.Contents;

/// <summary>
/// Refuses an item whose texts are longer than <see cref="ContentLimits"/> allow, before any other
/// handler slugifies a title or indexes a body: editors' forms and recipes alike get a message that
/// names the field and its limit. Registered first among the content handlers.
/// </summary>
public sealed class ContentLimitsHandler(ContentLimits limits, IStringLocalizer<ContentsStartup> S) : IContentHandler
{
    public Task CreatingAsync(ContentContext context) => CheckAsync(context.ContentItem);
    public Task UpdatingAsync(ContentContext context) => CheckAsync(context.ContentItem);

    private Task CheckAsync(ContentItem item)
    {
        Check(S["Title"], item.DisplayText?.Length ?? 0, limits.TitleChars, nameof(ContentLimits.TitleChars));
        long total = item.DisplayText?.Length ?? 0;
        foreach (var (path, length) in Texts(item.Content, ""))
        {
            var (name, limit, key) = path switch
            {
                "TitlePart.Title" => (S["Title"].Value, limits.TitleChars, nameof(ContentLimits.TitleChars)),
                "HtmlBodyPart.Html" => (S["Body"].Value, limits.HtmlBodyChars, nameof(ContentLimits.HtmlBodyChars)),
                _ => (path, limits.FieldChars, nameof(ContentLimits.FieldChars)),
            };
            Check(name, length, limit, key);
            total += length;
        }
        Check(S["The whole item"], total, limits.ItemChars, nameof(ContentLimits.ItemChars));
        return Task.CompletedTask;
    }

    private void Check(string field, long length, int limit, string key)
    {
        if (length > limit)
            throw new ContentValidationException(S["{0} is {1:N0} characters long; at most {2:N0} are allowed (Content:Limits:{3}).", field, length, limit, key]);
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
