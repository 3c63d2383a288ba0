using Usta.Contents.Editing;
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
        return provider is null
            ? new ContentDisplay("/Views/Display/Content.cshtml", ContentView.From(item.DisplayText, await editor.BuildDisplayAsync(item, ct)), item.DisplayText)
            : await provider.BuildAsync(new ContentDisplayContext(item, page, ct));
    }
}
