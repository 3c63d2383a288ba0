using Microsoft.EntityFrameworkCore;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;

namespace Usta.Media.References;

/// <summary>
/// A moved or renamed file or folder takes its references along: every item that used it is
/// corrected through the content manager, published and latest version alike (see
/// <see cref="ContentManager.RewriteInPlaceAsync"/>), so links on the public site never break.
/// </summary>
public sealed class MediaReferenceMover(UstaDbContext db, ContentManager content) : IMediaChangeHandler
{
    public async Task ChangedAsync(MediaChange change, CancellationToken ct)
    {
        if (change.Kind != MediaChangeKind.Moved || change.OldPath is null) return;
        var from = change.OldPath;
        var prefix = from + "/";
        var ids = await db.Set<MediaReferenceIndex>()
            .Where(x => change.IsFolder ? x.Path.StartsWith(prefix) : x.Path == from)
            .Select(x => x.ContentItemId).Distinct().ToListAsync(ct);
        var map = MediaReferences.Moved(from, change.Path, change.IsFolder);
        foreach (var id in ids)
            await content.RewriteInPlaceAsync(id, version => MediaReferences.Rewrite(version.Content, map), ct);
    }
}
