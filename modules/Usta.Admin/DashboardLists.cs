using Microsoft.EntityFrameworkCore;
using Usta.Contents.Review;
using Usta.Contents.Scheduling;
using Usta.Contents.Versions;
using UstaOrchard.Core.Data;
using UstaOrchard.Core.Settings;

namespace Usta.Admin;

/// <summary>One line of a dashboard list: the item (linked to its editor), and who or when, in the site's time.</summary>
public sealed record DashboardItem(string ContentItemId, string Title, string When, string? Who = null);

/// <summary>
/// The dashboard's work lists. Each reads at most <see cref="Size"/> rows through an index
/// (ContentItems by owner, ContentReviews by date, ScheduledPublications by time, ContentPublications
/// open intervals by date) and joins only those rows' titles.
/// </summary>
public sealed class DashboardLists(UstaDbContext db, SiteClock clock)
{
    public const int Size = 10;

    /// <summary>The user's items whose latest version is not published, last changed first.</summary>
    public async Task<IReadOnlyList<DashboardItem>> MyDraftsAsync(string owner, CancellationToken ct)
    {
        var rows = await db.ContentItems.AsNoTracking()
            .Where(x => x.Owner == owner && x.Latest && !x.Published)
            .OrderByDescending(x => x.ModifiedUtc).Take(Size)
            .Select(x => new { x.ContentItemId, x.DisplayText, x.ModifiedUtc })
            .ToListAsync(ct);
        var zone = await clock.GetTimeZoneAsync(ct);
        return rows.Select(r => new DashboardItem(r.ContentItemId, r.DisplayText, VersionHistory.Format(r.ModifiedUtc, zone) ?? "")).ToList();
    }

    /// <summary>Submitted items of the given types (those the user may publish), longest waiting first.</summary>
    public async Task<IReadOnlyList<DashboardItem>> WaitingForReviewAsync(IReadOnlyCollection<string> types, CancellationToken ct)
    {
        if (types.Count == 0) return [];
        var rows = await (from review in db.Set<ContentReviewRecord>().AsNoTracking()
                          where types.Contains(review.ContentType)
                          orderby review.SubmittedUtc
                          select review).Take(Size)
            .Join(db.ContentItems.Where(i => i.Latest), r => r.ContentItemId, i => i.ContentItemId,
                (r, i) => new { r.ContentItemId, i.DisplayText, r.SubmittedUtc, r.SubmittedBy })
            .ToListAsync(ct);
        var zone = await clock.GetTimeZoneAsync(ct);
        return rows.OrderBy(r => r.SubmittedUtc)
            .Select(r => new DashboardItem(r.ContentItemId, r.DisplayText, VersionHistory.Format(r.SubmittedUtc, zone)!, r.SubmittedBy)).ToList();
    }

    /// <summary>Planned publications of the given types, soonest first.</summary>
    public async Task<IReadOnlyList<DashboardItem>> ScheduledAsync(IReadOnlyCollection<string> types, CancellationToken ct)
    {
        if (types.Count == 0) return [];
        var rows = await (from plan in db.Set<ScheduledPublicationRecord>().AsNoTracking()
                          where types.Contains(plan.ContentType)
                          orderby plan.PublishUtc
                          select plan).Take(Size)
            .Join(db.ContentItems.Where(i => i.Latest), p => p.ContentItemId, i => i.ContentItemId,
                (p, i) => new { p.ContentItemId, i.DisplayText, p.PublishUtc, p.ScheduledBy })
            .ToListAsync(ct);
        var zone = await clock.GetTimeZoneAsync(ct);
        return rows.OrderBy(r => r.PublishUtc)
            .Select(r => new DashboardItem(r.ContentItemId, r.DisplayText, VersionHistory.Format(r.PublishUtc, zone)!, r.ScheduledBy)).ToList();
    }

    /// <summary>What went on the site last (a republished correction counts), newest first; public anyway, so unfiltered.</summary>
    public async Task<IReadOnlyList<DashboardItem>> RecentlyPublishedAsync(CancellationToken ct)
    {
        var rows = await db.Set<ContentPublicationRecord>().AsNoTracking()
            .Where(p => p.UnpublishedUtc == null)
            .OrderByDescending(p => p.PublishedUtc).ThenByDescending(p => p.Id).Take(Size)
            .Join(db.ContentItems, p => p.ContentItemVersionId, i => i.ContentItemVersionId,
                (p, i) => new { p.Id, p.ContentItemId, i.DisplayText, p.PublishedUtc, i.ModifiedBy })
            .ToListAsync(ct);
        var zone = await clock.GetTimeZoneAsync(ct);
        return rows.OrderByDescending(r => r.PublishedUtc).ThenByDescending(r => r.Id)
            .Select(r => new DashboardItem(r.ContentItemId, r.DisplayText, VersionHistory.Format(r.PublishedUtc, zone)!, r.ModifiedBy)).ToList();
    }
}
