using UstaOrchard.Core.Caching;
using UstaOrchard.Core.Contents;

namespace Usta.Contents.Menus;

/// <summary>
/// Every page shows the main menu: a change to an item the published menu names (a page renamed,
/// unpublished, deleted or published again) evicts the menu as a menu change does.
/// </summary>
public sealed class MenuCacheTags(MainMenu menu) : ICacheTagSource
{
    public async Task AddTagsAsync(ContentContext context, ISet<string> tags)
    {
        var item = context.ContentItem;
        if (item.ContentType == MenuTypes.Menu) return;
        var shown = await menu.GetAsync(context.CancellationToken);
        if (shown.ReferencedIds.Contains(item.ContentItemId)) tags.Add(CacheTags.Type(MenuTypes.Menu));
    }
}
