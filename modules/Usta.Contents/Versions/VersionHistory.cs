using System.Globalization;
using Microsoft.EntityFrameworkCore;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;
using UstaOrchard.Core.Settings;

namespace Usta.Contents.Versions;

/// <summary>One publication interval, already in the site's time (dd-MM-yyyy HH:mm); To is null while live.</summary>
public sealed record PublicationInterval(string From, string? To);

/// <summary>A row of the history: Number counts from 1 (the first version saved).</summary>
public sealed record VersionRow(int Number, string VersionId, string Title, string Who, string When,
    bool Latest, bool Published, IReadOnlyList<PublicationInterval> Intervals);

/// <summary>An item's versions, newest first, with who wrote each, when, and when it was on the site.</summary>
public sealed class VersionHistory(UstaDbContext db, ContentManager contents, SiteClock clock)
{
    public async Task<IReadOnlyList<VersionRow>> ListAsync(string contentItemId, CancellationToken ct = default)
    {
        var versions = await contents.GetVersionsAsync(contentItemId, ct);
        if (versions.Count == 0) return [];
        var intervals = (await db.Set<ContentPublicationRecord>().AsNoTracking()
                .Where(x => x.ContentItemId == contentItemId)
                .OrderBy(x => x.PublishedUtc).ThenBy(x => x.Id)
                .ToListAsync(ct))
            .ToLookup(x => x.ContentItemVersionId);
        var zone = await clock.GetTimeZoneAsync(ct);

        return versions.Select((v, i) => new VersionRow(
                versions.Count - i,
                v.ContentItemVersionId,
                v.DisplayText,
                // Rows written before ModifiedBy existed name only the owner.
                string.IsNullOrEmpty(v.ModifiedBy) ? v.Owner : v.ModifiedBy,
                Format(v.ModifiedUtc ?? v.CreatedUtc, zone) ?? "",
                v.Latest,
                v.Published,
                intervals[v.ContentItemVersionId].Select(p => new PublicationInterval(Format(p.PublishedUtc, zone)!, Format(p.UnpublishedUtc, zone))).ToList()))
            .ToList();
    }

    /// <summary>The number of a version in the history (1 for the first), or 0 when the item has no such version.</summary>
    public async Task<int> NumberOfAsync(string contentItemId, string contentItemVersionId, CancellationToken ct = default)
    {
        var versions = await contents.GetVersionsAsync(contentItemId, ct);
        var index = versions.ToList().FindIndex(v => v.ContentItemVersionId == contentItemVersionId);
        return index < 0 ? 0 : versions.Count - index;
    }

    public static string? Format(DateTime? utc, TimeZoneInfo zone)
        => utc is { } value
            ? TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(value, DateTimeKind.Utc), zone).ToString(SiteClock.DateTimeFormat, CultureInfo.InvariantCulture)
            : null;
}
