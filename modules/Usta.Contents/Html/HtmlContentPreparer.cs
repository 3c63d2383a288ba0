using UstaOrchard.Core.Contents;

namespace Usta.Contents.Html;

/// <summary>
/// Sanitises an item's HTML values ahead of its save, on the thread that prepares it: the save's
/// <see cref="HtmlSanitizingHandler"/> then takes the result for the same strings instead of parsing
/// them again. The item itself is not changed here (a version a recipe keeps as history is stored as
/// the file holds it, without the handlers).
/// </summary>
public sealed class HtmlContentPreparer(ContentHtmlSanitizer sanitizer) : IContentPreparer
{
    public void Prepare(ContentItem item) => HtmlValues.Each(item.Content, (_, html) => sanitizer.Prepare(html));
}
