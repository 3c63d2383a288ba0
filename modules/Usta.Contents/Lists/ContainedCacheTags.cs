using UstaOrchard.Core.Caching;
using UstaOrchard.Core.Contents;

namespace Usta.Contents.Lists;

/// <summary>A contained item's change (published, retitled) shows on its list's page.</summary>
public sealed class ContainedCacheTags : ICacheTagSource
{
    public Task AddTagsAsync(ContentContext context, ISet<string> tags)
    {
        if (context.ContentItem.As<ContainedPart>()?.ListContentItemId is { Length: > 0 } list) tags.Add(CacheTags.Item(list));
        return Task.CompletedTask;
    }
}
