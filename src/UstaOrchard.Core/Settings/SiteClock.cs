namespace UstaOrchard.Core.Settings;

/// <summary>"Now" and the site's time zone: UTC is stored, local time (Asia/Ho_Chi_Minh by default) is shown.</summary>
public sealed class SiteClock(TimeProvider time, SiteService site)
{
    public const string DateTimeFormat = "dd-MM-yyyy HH:mm";
    public const string DateFormat = "dd-MM-yyyy";

    public DateTime UtcNow => time.GetUtcNow().UtcDateTime;

    public async Task<TimeZoneInfo> GetTimeZoneAsync(CancellationToken ct = default)
    {
        var settings = await site.GetAsync(ct);
        // No quiet fallback to UTC: every date would shift. The host checks the zone at start.
        return TimeZoneInfo.TryFindSystemTimeZoneById(settings.TimeZoneId, out var zone)
            ? zone
            : throw new InvalidOperationException($"The site's time zone '{settings.TimeZoneId}' is not known on this machine.");
    }

    public static bool IsKnownZone(string id) => TimeZoneInfo.TryFindSystemTimeZoneById(id, out _);

    public async Task<DateTime> ToLocalAsync(DateTime utc, CancellationToken ct = default)
        => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), await GetTimeZoneAsync(ct));

    public async Task<DateTime> ToUtcAsync(DateTime local, CancellationToken ct = default) => ToUtc(local, await GetTimeZoneAsync(ct));

    /// <summary>
    /// The instant of a local time; a time the clocks skip (a zone whose daylight saving starts at
    /// midnight has no 00:00 that day) is the first instant after the gap, so "the start of a day" always exists.
    /// </summary>
    public static DateTime ToUtc(DateTime local, TimeZoneInfo zone)
    {
        var time = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(time))
        {
            var start = time;
            while (zone.IsInvalidTime(time) && time - start < TimeSpan.FromHours(3)) time = time.AddMinutes(1);
        }
        return TimeZoneInfo.ConvertTimeToUtc(time, zone);
    }
}
