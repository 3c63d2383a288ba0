using Microsoft.EntityFrameworkCore;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;

namespace Usta.Media.References;

public sealed record MediaUse(string ContentItemId, string DisplayText, string ContentType, bool Published, string? Url);

/// <summary>The items whose latest or published version uses a file.</summary>
public sealed class MediaUses(UstaDbContext db, ContentManager content)
{
    public async Task<IReadOnlyList<MediaUse>> ForAsync(string path, CancellationToken ct)
    {
        var rows = await db.Set<MediaReferenceIndex>().Where(x => x.Path == path)
            .Select(x => new { x.ContentItemId, x.Published }).ToListAsync(ct);
        var ids = rows.Select(x => x.ContentItemId).Distinct().ToList();
        var routes = await db.Set<Usta.Contents.AutorouteIndex>().Where(x => ids.Contains(x.ContentItemId) && x.Published)
            .ToDictionaryAsync(x => x.ContentItemId, x => x.Path, ct);
        var items = await content.GetManyAsync(ids, VersionOptions.Latest, ct);
        return items.Select(item => new MediaUse(item.ContentItemId, item.DisplayText, item.ContentType,
                rows.Any(r => r.ContentItemId == item.ContentItemId && r.Published),
                routes.TryGetValue(item.ContentItemId, out var route) ? "/" + route : null))
            .OrderBy(x => x.DisplayText, StringComparer.Ordinal).ToList();
    }
}
