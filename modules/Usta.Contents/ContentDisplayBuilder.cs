using Usta.Contents.Editing;
using Usta.Contents.Lists;
using UstaOrchard.Core.Contents;

namespace Usta.Contents;

/// <summary>
/// What an item's public page shows: its type's display provider, or, for a type without one (say,
/// defined by a recipe), its parts' and fields' drivers. The public page and the private preview share it.
/// </summary>
public sealed class ContentDisplayBuilder(IEnumerable<IContentDisplayProvider> providers, ContentEditor editor)
{
    /// <summary>Null when the item cannot be shown (the reader gets 404).</summary>
    public async Task<ContentDisplay?> BuildAsync(ContentItem item, int page, CancellationToken ct)
    {
        var provider = providers.FirstOrDefault(p => p.ContentType == item.ContentType);
        if (provider is not null) return await provider.BuildAsync(new ContentDisplayContext(item, page, ct));

        var slots = await editor.BuildDisplayAsync(item, ct, page);
        // A list (ListPart) has pages; a page past its last one does not exist.
        var lists = slots.Select(s => s.Model).OfType<ListPartDisplay>().ToList();
        if (lists.Any(l => l.Page > l.PageCount)) return null;
        return new ContentDisplay("/Views/Display/Content.cshtml", ContentView.From(item.DisplayText, slots), item.DisplayText, Paged: lists.Count > 0);
    }
}
