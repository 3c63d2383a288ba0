using Microsoft.EntityFrameworkCore;
using Usta.Articles;
using Usta.Bulletins;
using Usta.Contents;
using Usta.Contents.Editing.Drivers;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;
using UstaOrchard.Core.Text;

namespace Usta.Search.Indexing;

/// <summary>
/// Turns published items into <see cref="SearchDocument"/>s: title, lead (an article's sapo, a
/// bulletin's summary), body text (HTML or Markdown reduced to text, captions kept), author,
/// category titles, published date and address. Every text is composed (NFC).
/// </summary>
public sealed class SearchDocumentBuilder(UstaDbContext db)
{
    public async Task<IReadOnlyList<SearchDocument>> BuildAsync(IReadOnlyList<ContentItem> items, CancellationToken ct)
    {
        var categoryIds = items.SelectMany(CategoryIdsOf).Distinct().ToList();
        var titles = categoryIds.Count == 0
            ? new Dictionary<string, string>()
            : await db.Set<CategoryIndex>().AsNoTracking()
                .Where(x => x.Published && categoryIds.Contains(x.ContentItemId))
                .ToDictionaryAsync(x => x.ContentItemId, x => x.Title, ct);
        return items.Select(item => Build(item, titles)).ToList();
    }

    public static SearchDocument Build(ContentItem item, IReadOnlyDictionary<string, string> categoryTitles)
    {
        var article = item.As<ArticlePart>();
        var bulletin = item.As<BulletinPart>();
        var lead = article?.Lead.Text ?? bulletin?.Summary ?? "";
        var body = item.As<HtmlBodyPart>()?.Html is { Length: > 0 } html ? HtmlText.Extract(html)
            : item.As<MarkdownBodyPart>()?.Markdown is { Length: > 0 } markdown ? HtmlText.Extract(MarkdownRenderer.ToHtml(markdown))
            : "";
        return new SearchDocument
        {
            ContentItemId = item.ContentItemId,
            ContentType = item.ContentType,
            Title = Clean(item.As<TitlePart>()?.Title is { Length: > 0 } title ? title : item.DisplayText),
            Lead = Clean(lead),
            Body = VietnameseText.Nfc(body),
            Author = Clean(article?.Byline.Text),
            Categories = CategoryIdsOf(item)
                .Select(id => categoryTitles.TryGetValue(id, out var name) ? new SearchCategory(id, VietnameseText.Nfc(name)) : null)
                .OfType<SearchCategory>().ToList(),
            PublishedUtc = ArticleDates.ListedUtc(item),
            Url = ContentRoutes.UrlOf(item),
        };
    }

    private static IEnumerable<string> CategoryIdsOf(ContentItem item)
        => (item.As<ArticlePart>()?.Categories.TermContentItemIds ?? []).Where(id => !string.IsNullOrWhiteSpace(id)).Distinct();

    private static string Clean(string? text) => HtmlText.Collapse(VietnameseText.Nfc(text ?? ""));
}
