using Microsoft.EntityFrameworkCore;
using Usta.Media.References;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;
using UstaOrchard.Core.Media;

namespace Usta.Media;

/// <summary>
/// Version 1 fills the library's tables for a site that had media and content before this module:
/// every file and folder already in the store gets its row, every latest or published item its references.
/// (The tables themselves are created from the model at start, as every module's are.)
/// </summary>
public sealed class Migrations(UstaDbContext db, IFileStore store, MediaChanges changes) : IDataMigration
{
    private const int PageSize = 500;

    public string ModuleId => MediaStartup.Id;
    public int Version => 1;

    public async Task MigrateAsync(int fromVersion, CancellationToken ct)
    {
        if (fromVersion >= 1) return;
        await IndexFolderAsync("", ct);

        var items = db.ContentItems.AsNoTracking().Where(x => x.Latest || x.Published).AsAsyncEnumerable();
        await foreach (var item in items.WithCancellation(ct))
        {
            foreach (var path in MediaReferences.Find(item.Content))
            {
                db.Set<MediaReferenceIndex>().Add(new MediaReferenceIndex
                {
                    ContentItemId = item.ContentItemId, ContentItemVersionId = item.ContentItemVersionId,
                    Latest = item.Latest, Published = item.Published, Path = path,
                });
            }
        }
        await db.SaveChangesAsync(ct);
    }

    private async Task IndexFolderAsync(string folder, CancellationToken ct)
    {
        for (var skip = 0; ; skip += PageSize)
        {
            var page = await store.ListAsync(folder, skip, PageSize, ct);
            foreach (var entry in page.Entries)
            {
                if (entry.IsFolder)
                {
                    await changes.NotifyAsync(new MediaChange(MediaChangeKind.FolderCreated, entry.Path, IsFolder: true), ct);
                    await IndexFolderAsync(entry.Path, ct);
                }
                else await changes.NotifyAsync(new MediaChange(MediaChangeKind.Written, entry.Path), ct);
            }
            if (skip + PageSize >= page.Total) return;
        }
    }
}
