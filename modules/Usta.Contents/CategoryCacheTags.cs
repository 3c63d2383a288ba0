using UstaOrchard.Core.Caching;
using UstaOrchard.Core.Contents;

namespace Usta.Contents;

/// <summary>A category's change (its title, its parent) shows on the pages that list or link it: its articles', its parent's.</summary>
public sealed class CategoryCacheTags : ICacheTagSource
{
    public Task AddTagsAsync(ContentContext context, ISet<string> tags)
    {
        if (context.ContentItem.ContentType == ContentTypes.Category) tags.Add(CacheTags.Category(context.ContentItem.ContentItemId));
        return Task.CompletedTask;
    }
}
