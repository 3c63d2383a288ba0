using Microsoft.EntityFrameworkCore;
using UstaOrchard.Core.Data;
using UstaOrchard.Core.Text;
using Usta.Contents.Review;
using Usta.Contents.Scheduling;

namespace Usta.Contents.Listing;

public sealed record ContentListRow(ContentListIndex Item, bool Scheduled, bool InReview);

public sealed record ContentListPage(IReadOnlyList<ContentListRow> Rows, int Total, int Page, int Pages);

/// <summary>
/// The admin content list as SQL over <see cref="ContentListIndex"/> (and the term, schedule and review
/// tables for their filters): no item is loaded to filter or sort, only the shown page's rows are read.
/// </summary>
public sealed class ContentListQuery(UstaDbContext db)
{
    public const int PageSize = 20;

    /// <summary>The page, or null when <paramref name="page"/> is beyond the last one (page 1 always exists).</summary>
    public async Task<ContentListPage?> PageAsync(ContentListFilter filter, ContentListAccess access, int page, CancellationToken ct)
    {
        var query = Filter(filter, access);
        var total = await query.CountAsync(ct);
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        if (page > pages) return null;

        var items = await Sort(query, filter.Sort).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        var ids = items.Select(x => x.ContentItemId).ToList();
        var scheduled = await db.Set<ScheduledPublicationRecord>().Where(x => ids.Contains(x.ContentItemId)).Select(x => x.ContentItemId).ToListAsync(ct);
        var reviewed = await db.Set<ContentReviewRecord>().Where(x => ids.Contains(x.ContentItemId)).Select(x => x.ContentItemId).ToListAsync(ct);
        var rows = items.Select(x => new ContentListRow(x, scheduled.Contains(x.ContentItemId), reviewed.Contains(x.ContentItemId))).ToList();
        return new ContentListPage(rows, total, page, pages);
    }

    public IQueryable<ContentListIndex> Filter(ContentListFilter filter, ContentListAccess access)
    {
        var query = db.Set<ContentListIndex>().AsNoTracking();
        if (!access.EveryType)
        {
            var all = access.AllTypes.ToList();
            var own = access.OwnTypes.ToList();
            var me = access.UserName;
            query = query.Where(x => all.Contains(x.ContentType) || (own.Contains(x.ContentType) && x.Owner == me));
        }
        if (filter.Type is not null) query = query.Where(x => x.ContentType == filter.Type);

        query = filter.Status switch
        {
            ContentListStatus.Draft => query.Where(x => x.RemovedUtc == null && !x.HasPublished),
            ContentListStatus.Published => query.Where(x => x.HasPublished),
            ContentListStatus.NewerDraft => query.Where(x => x.HasPublished && x.HasDraft),
            ContentListStatus.Scheduled => query.Where(x => x.RemovedUtc == null
                && db.Set<ScheduledPublicationRecord>().Any(s => s.ContentItemId == x.ContentItemId)),
            ContentListStatus.RecycleBin => query.Where(x => x.RemovedUtc != null),
            _ => query.Where(x => x.RemovedUtc == null),
        };

        if (filter.Category is { } category)
            query = query.Where(x => db.Set<ContentTermIndex>().Any(t => t.TermContentItemId == category && t.ContentItemId == x.ContentItemId));
        if (filter.Owner is { } owner) query = query.Where(x => x.Owner == owner);
        if (filter.ModifiedFromUtc is { } from) query = query.Where(x => x.ModifiedUtc >= from);
        if (filter.ModifiedBeforeUtc is { } before) query = query.Where(x => x.ModifiedUtc < before);
        if (!string.IsNullOrEmpty(filter.Search))
        {
            var pattern = "%" + EscapeLike(VietnameseText.Fold(filter.Search)) + "%";
            query = query.Where(x => EF.Functions.Like(x.FoldedTitle, pattern, "\\"));
        }
        return query;
    }

    private static IQueryable<ContentListIndex> Sort(IQueryable<ContentListIndex> query, ContentListSort sort) => sort switch
    {
        // The id breaks ties, so that a page boundary never shows an item twice or skips one.
        // Items not on the site last on both databases (PostgreSQL would put null dates first).
        ContentListSort.Published => query.OrderByDescending(x => x.HasPublished).ThenByDescending(x => x.PublishedUtc).ThenByDescending(x => x.Id),
        ContentListSort.Title => query.OrderBy(x => x.FoldedTitle).ThenBy(x => x.Id),
        _ => query.OrderByDescending(x => x.ModifiedUtc).ThenByDescending(x => x.Id),
    };

    /// <summary>The typed text matches literally: % and _ are not wildcards.</summary>
    public static string EscapeLike(string text) => text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}
