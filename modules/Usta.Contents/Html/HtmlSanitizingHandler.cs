using System.Text.Json.Nodes;
using UstaOrchard.Core.Contents;

namespace Usta.Contents.Html;

/// <summary>
/// Sanitises every HTML value of an item before it is stored, whoever sends it: the editor's
/// form, a recipe or an import (ContentManager runs Creating/Updating on each path). HTML lives in
/// objects with an "Html" property: HtmlBodyPart's and every HtmlField's, in any part, so a field
/// a recipe adds is covered without naming it. Plain texts (titles, captions, alt texts) are not
/// touched here: views encode them.
/// </summary>
public sealed class HtmlSanitizingHandler(ContentHtmlSanitizer sanitizer) : IContentHandler
{
    public Task CreatingAsync(ContentContext context) => CleanAsync(context.ContentItem);
    public Task UpdatingAsync(ContentContext context) => CleanAsync(context.ContentItem);

    private Task CleanAsync(ContentItem item)
    {
        Clean(item.Content);
        return Task.CompletedTask;
    }

    private void Clean(JsonNode? node) => HtmlValues.Each(node, (obj, html) =>
    {
        var clean = sanitizer.Sanitize(html);
        if (!string.Equals(clean, html, StringComparison.Ordinal)) obj["Html"] = clean;
    });
}
