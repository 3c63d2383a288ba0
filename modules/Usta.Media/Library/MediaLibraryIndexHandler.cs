using Microsoft.EntityFrameworkCore;
using UstaOrchard.Core.Data;
using UstaOrchard.Core.Media;
using Usta.Media.Images;
using Usta.Media.Serving;

namespace Usta.Media.Library;

/// <summary>
/// Keeps the library's tables in step with the store, whoever wrote to it (the library, the Media
/// recipe step): a written file gets its row (size, type, dimensions), a move or delete moves or
/// drops the rows of the file or of everything under the folder.
/// </summary>
public sealed class MediaLibraryIndexHandler(UstaDbContext db, IFileStore store, TimeProvider clock) : IMediaChangeHandler
{
    public async Task ChangedAsync(MediaChange change, CancellationToken ct)
    {
        switch (change.Kind)
        {
            case MediaChangeKind.Written:
                await WrittenAsync(change, ct);
                break;
            case MediaChangeKind.FolderCreated:
                await EnsureFoldersAsync(change.Path, ct);
                break;
            case MediaChangeKind.Moved when change.OldPath is not null:
                await MovedAsync(change.OldPath, change.Path, change.IsFolder, ct);
                break;
            case MediaChangeKind.Deleted:
                await DeletedAsync(change.Path, change.IsFolder, ct);
                break;
        }
        await db.SaveChangesAsync(ct);
        // Saved rows are forgotten: a Media step of a few hundred files notifies one file at a time
        // into the same context, and every save compared every row kept so far (quadratic).
        // (The save compared them all just now: listing them needs no second comparison.)
        var tracker = db.ChangeTracker;
        var detect = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            foreach (var entry in tracker.Entries().Where(e => e.Entity is MediaFileRecord or MediaFolderRecord && e.State == EntityState.Unchanged).ToList())
                entry.State = EntityState.Detached;
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detect;
        }
    }

    private async Task WrittenAsync(MediaChange change, CancellationToken ct)
    {
        var entry = await store.GetEntryAsync(change.Path, ct);
        if (entry is null || entry.IsFolder) return;
        var row = await db.Set<MediaFileRecord>().FirstOrDefaultAsync(x => x.Path == change.Path, ct);
        if (row is null) db.Set<MediaFileRecord>().Add(row = new MediaFileRecord { Path = change.Path });
        var extension = MediaNames.ExtensionOf(change.Path);
        row.Folder = MediaPath.FolderOf(change.Path);
        row.Name = MediaPath.NameOf(change.Path);
        row.Extension = extension;
        row.ContentType = MediaTypes.For(extension) ?? MediaTypes.Download;
        row.Length = entry.Length;
        (row.Width, row.Height) = (null, null);
        if (MediaTypes.IsResizable(extension))
        {
            await using var stream = await store.OpenReadAsync(change.Path, ct);
            if (stream is not null && ImageHeader.Read(stream) is { } size) (row.Width, row.Height) = (size.Width, size.Height);
        }
        row.UploadedUtc = clock.GetUtcNow().UtcDateTime;
        row.UploadedBy = change.UserName ?? "";
        await EnsureFoldersAsync(row.Folder, ct);
    }

    private async Task EnsureFoldersAsync(string folder, CancellationToken ct)
    {
        for (var path = folder; path.Length > 0; path = MediaPath.FolderOf(path))
        {
            var local = db.Set<MediaFolderRecord>().Local.Any(x => x.Path == path);
            if (local || await db.Set<MediaFolderRecord>().AnyAsync(x => x.Path == path, ct)) return;
            db.Set<MediaFolderRecord>().Add(new MediaFolderRecord { Path = path, Parent = MediaPath.FolderOf(path), Name = MediaPath.NameOf(path) });
        }
    }

    private async Task MovedAsync(string from, string to, bool isFolder, CancellationToken ct)
    {
        if (!isFolder)
        {
            var row = await db.Set<MediaFileRecord>().FirstOrDefaultAsync(x => x.Path == from, ct);
            if (row is null) return;
            row.Path = to;
            row.Folder = MediaPath.FolderOf(to);
            row.Name = MediaPath.NameOf(to);
            await EnsureFoldersAsync(row.Folder, ct);
            return;
        }

        var prefix = from + "/";
        foreach (var file in await db.Set<MediaFileRecord>().Where(x => x.Path.StartsWith(prefix)).ToListAsync(ct))
        {
            file.Path = to + file.Path[from.Length..];
            file.Folder = MediaPath.FolderOf(file.Path);
        }
        foreach (var folder in await db.Set<MediaFolderRecord>().Where(x => x.Path == from || x.Path.StartsWith(prefix)).ToListAsync(ct))
        {
            folder.Path = to + folder.Path[from.Length..];
            folder.Parent = MediaPath.FolderOf(folder.Path);
            folder.Name = MediaPath.NameOf(folder.Path);
        }
        await EnsureFoldersAsync(MediaPath.FolderOf(to), ct);
    }

    private async Task DeletedAsync(string path, bool isFolder, CancellationToken ct)
    {
        if (!isFolder)
        {
            await db.Set<MediaFileRecord>().Where(x => x.Path == path).ExecuteDeleteAsync(ct);
            return;
        }
        var prefix = path + "/";
        await db.Set<MediaFileRecord>().Where(x => x.Path.StartsWith(prefix)).ExecuteDeleteAsync(ct);
        await db.Set<MediaFolderRecord>().Where(x => x.Path == path || x.Path.StartsWith(prefix)).ExecuteDeleteAsync(ct);
    }
}
