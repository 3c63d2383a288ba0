using Microsoft.EntityFrameworkCore;
using UstaOrchard.Core.Data;

namespace Usta.Contents.Sitemap;

public sealed record SitemapRow(string Path, string ContentType, DateTime? ModifiedUtc);

/// <summary>How many URLs a sitemap file holds: 50,000 is the protocol's limit; tests split with fewer.</summary>
public sealed class SitemapOptions
{
    public int UrlsPerFile { get; set; } = 50_000;
}

/// <summary>
/// The site's public URLs: the home page, then every published item with a path, in the order the
/// items were created (a key that never changes), so a new item lands in the last file and the
/// others stay as they were. Rows are projected from the index and the version's columns: no document
/// is loaded.
/// </summary>
public sealed class SitemapQueries(UstaDbContext db, SitemapOptions options)
{
    private readonly bool _yes = true;

    public int UrlsPerFile => Math.Max(2, options.UrlsPerFile);

    /// <summary>The number of files; at least one (the home page is always listed).</summary>
    public async Task<int> FileCountAsync(CancellationToken ct)
    {
        var urls = await Routed().CountAsync(ct) + 1;
        return (urls + UrlsPerFile - 1) / UrlsPerFile;
    }

    public async Task<IReadOnlyList<string>> ContentTypesAsync(CancellationToken ct)
        => await db.Set<AutorouteIndex>().AsNoTracking().Where(x => x.Published == _yes).Select(x => x.ContentType).Distinct().ToListAsync(ct);

    /// <summary>When anything published last changed: the home page's lastmod.</summary>
    public async Task<DateTime?> LastChangeAsync(CancellationToken ct)
        => await db.ContentItems.AsNoTracking().Where(x => x.Published == _yes).MaxAsync(x => x.ModifiedUtc, ct);

    /// <summary>
    /// The items of file <paramref name="number"/> (1-based), streamed: position 0 of file 1 is the
    /// home page, so file 1 holds one item fewer.
    /// </summary>
    public IAsyncEnumerable<SitemapRow> FileAsync(int number)
    {
        var first = (long)(number - 1) * UrlsPerFile;
        var skip = (int)Math.Max(0, first - 1);
        var take = number == 1 ? UrlsPerFile - 1 : UrlsPerFile;
        return Routed().Skip(skip).Take(take).AsAsyncEnumerable();
    }

    private IQueryable<SitemapRow> Routed()
        => from route in db.Set<AutorouteIndex>().AsNoTracking()
           join item in db.ContentItems.AsNoTracking() on route.ContentItemVersionId equals item.ContentItemVersionId
           where route.Published == _yes && item.Published == _yes
           orderby item.CreatedUtc, item.ContentItemId
           select new SitemapRow(route.Path, route.ContentType, item.ModifiedUtc);
}
