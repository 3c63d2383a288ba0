using Microsoft.EntityFrameworkCore;
using Usta.AuditTrail.Records;
using UstaOrchard.Core.Data;

namespace Usta.AuditTrail.Listing;

/// <summary>What the list is narrowed to; null is "any". Dates are UTC instants, <see cref="ToUtc"/> excluded.</summary>
public sealed record AuditFilter(string? UserName, string? Category, string? Name, string? ContentItemId, DateTime? FromUtc, DateTime? ToUtc);

/// <summary>One page, newest first, and the rows to page from (null: no such page).</summary>
public sealed record AuditPage(IReadOnlyList<AuditEventRecord> Rows, long? OlderThan, long? NewerThan);

/// <summary>
/// The list's query: keyset paging on (Utc, Id), newest first. A page is read off the filter's index and
/// stops after one page plus one row (that says whether an older page exists): no COUNT over the table
/// and no OFFSET, so the thousandth page costs what the first does.
/// </summary>
public sealed class AuditTrailQuery(UstaDbContext db)
{
    public const int PageSize = 50;

    /// <param name="before">Show the rows older than this row (the "older" link).</param>
    /// <param name="after">Show the rows newer than this row (the "newer" link); wins over <paramref name="before"/>.</param>
    public async Task<AuditPage> PageAsync(AuditFilter filter, long? before, long? after, CancellationToken ct)
    {
        var rows = db.Set<AuditEventRecord>().AsNoTracking();
        var anchorId = after ?? before;
        var anchor = anchorId is null ? null
            : await rows.Where(x => x.Id == anchorId).Select(x => new { x.Utc, x.Id }).FirstOrDefaultAsync(ct);
        var query = Filtered(rows, filter);
        if (anchor is not null && after is not null)
        {
            // "Utc >= a" bounds the index range; the rest only breaks ties on the same instant.
            var newer = await query.Where(x => x.Utc >= anchor.Utc && (x.Utc > anchor.Utc || x.Id > anchor.Id))
                .OrderBy(x => x.Utc).ThenBy(x => x.Id).Take(PageSize + 1).ToListAsync(ct);
            var hasNewer = newer.Count > PageSize;
            newer = newer.Take(PageSize).Reverse().ToList();
            // Nothing newer any more (the anchor was the newest row): show the first page.
            if (newer.Count > 0) return new AuditPage(newer, newer[^1].Id, hasNewer ? newer[0].Id : null);
            anchor = null;
        }
        if (anchor is not null)
            query = query.Where(x => x.Utc <= anchor.Utc && (x.Utc < anchor.Utc || x.Id < anchor.Id));
        var older = await query.OrderByDescending(x => x.Utc).ThenByDescending(x => x.Id).Take(PageSize + 1).ToListAsync(ct);
        var hasOlder = older.Count > PageSize;
        older = older.Take(PageSize).ToList();
        return new AuditPage(older, hasOlder ? older[^1].Id : null, anchor is not null && older.Count > 0 ? older[0].Id : null);
    }

    private static IQueryable<AuditEventRecord> Filtered(IQueryable<AuditEventRecord> rows, AuditFilter filter)
    {
        if (filter.UserName is { } user) rows = rows.Where(x => x.UserName == user);
        if (filter.Category is { } category) rows = rows.Where(x => x.Category == category && x.Name == filter.Name);
        if (filter.ContentItemId is { } item) rows = rows.Where(x => x.ContentItemId == item);
        if (filter.FromUtc is { } from) rows = rows.Where(x => x.Utc >= from);
        if (filter.ToUtc is { } to) rows = rows.Where(x => x.Utc < to);
        return rows;
    }
}
