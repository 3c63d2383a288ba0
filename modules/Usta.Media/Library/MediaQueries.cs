using Microsoft.EntityFrameworkCore;
using UstaOrchard.Core.Data;
using UstaOrchard.Core.Text;

namespace Usta.Media.Library;

public sealed record MediaListing(string Folder, string Search, IReadOnlyList<MediaFolderRecord> Folders,
    IReadOnlyList<MediaFileRecord> Files, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>The library's lists, read from its index tables: a folder of 10,000 files pages as fast as one of ten.</summary>
public sealed class MediaQueries(UstaDbContext db)
{
    public const int PageSize = 40;

    /// <summary>One page of a folder's files (by name), with its sub-folders; a search looks for names in this folder.</summary>
    public async Task<MediaListing> ListAsync(string folder, string? search, int page, CancellationToken ct)
    {
        var term = Slugifier.Slugify(search ?? "");
        var files = FilesQuery(folder, term);
        var total = await files.CountAsync(ct);
        page = Math.Clamp(page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var rows = await files.OrderBy(x => x.Name).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        var folders = await db.Set<MediaFolderRecord>().AsNoTracking()
            .Where(x => x.Parent == folder && (term == "" || x.Name.Contains(term)))
            .OrderBy(x => x.Name).Take(500).ToListAsync(ct);
        return new MediaListing(folder, term, folders, rows, total, page, PageSize);
    }

    /// <summary>The query a page of files runs; public so a test can read its plan.</summary>
    public IQueryable<MediaFileRecord> FilesQuery(string folder, string term)
        => db.Set<MediaFileRecord>().AsNoTracking().Where(x => x.Folder == folder && (term == "" || x.Name.Contains(term)));

    public Task<MediaFileRecord?> FileAsync(string path, CancellationToken ct)
        => db.Set<MediaFileRecord>().AsNoTracking().FirstOrDefaultAsync(x => x.Path == path, ct);

    public Task<bool> FolderExistsAsync(string path, CancellationToken ct)
        => path.Length == 0 ? Task.FromResult(true) : db.Set<MediaFolderRecord>().AnyAsync(x => x.Path == path, ct);

    /// <summary>Every folder, for the "move to" list (a library has tens of folders, not thousands).</summary>
    public async Task<IReadOnlyList<string>> AllFoldersAsync(CancellationToken ct)
        => await db.Set<MediaFolderRecord>().AsNoTracking().OrderBy(x => x.Path).Select(x => x.Path).Take(2000).ToListAsync(ct);
}
