using Microsoft.EntityFrameworkCore;
using Usta.Contents;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;

namespace Usta.Bulletins;

public sealed record BulletinSummary(string Title, string Url, int Number, int Year, DateTime? IssueDate, string? CoverPath, string? CoverAlt);

public sealed class BulletinQueries(UstaDbContext db, ContentManager contents)
{
    // A parameter, not a bare boolean column: SQLite then searches the (Published, Year, Number) index.
    private readonly bool _yes = true;

    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken ct)
        => await db.Set<BulletinIndex>().AsNoTracking().Where(x => x.Published == _yes)
            .Select(x => x.Year).Distinct().OrderByDescending(y => y).ToListAsync(ct);

    /// <summary>The published issues of a year (all years when null), newest first; at most <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<BulletinSummary>> IssuesAsync(int? year, int limit, CancellationToken ct)
    {
        var query = db.Set<BulletinIndex>().AsNoTracking().Where(x => x.Published == _yes);
        if (year is not null) query = query.Where(x => x.Year == year);
        var ids = await query.OrderByDescending(x => x.Year).ThenByDescending(x => x.Number)
            .Take(limit).Select(x => x.ContentItemId).ToListAsync(ct);
        var items = await contents.GetManyAsync(ids, VersionOptions.Published, ct);
        return items.Select(i =>
        {
            var part = i.As<BulletinPart>()!;
            return new BulletinSummary(i.DisplayText, ContentRoutes.UrlOf(i), part.Number, part.Year, part.IssueDate, part.Cover.FirstPath, part.Cover.FirstText);
        }).ToList();
    }
}
