using Microsoft.Extensions.Localization;
using UstaOrchard.Core.Settings;

namespace UstaOrchard.Web;

/// <summary>
/// The site's time zone, checked before it serves: a zone the machine does not know would shift
/// every shown date (by 7 hours for Asia/Ho_Chi_Minh), so the start stops and says why instead.
/// </summary>
public static class TimeZoneCheck
{
    public const string Key = "Site:TimeZone";

    /// <summary>The configured default (<c>Site:TimeZone</c>), checked before anything is set up.</summary>
    public static string? ConfigurationProblem(IConfiguration configuration, IStringLocalizer S)
        => configuration[Key] is { Length: > 0 } zone ? Problem(zone, Key, S) : null;

    /// <summary>The zone the site uses (its settings, set by a recipe or from <c>Site:TimeZone</c>).</summary>
    public static async Task<string?> SiteProblemAsync(IServiceProvider services, IStringLocalizer S, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var settings = await scope.ServiceProvider.GetRequiredService<SiteService>().GetAsync(ct);
        return Problem(settings.TimeZoneId, "TimeZoneId", S);
    }

    private static string? Problem(string zone, string key, IStringLocalizer S)
    {
        if (SiteClock.IsKnownZone(zone)) return null;
        // Without a time-zone database (containers often lack tzdata) .NET knows only UTC.
        return TimeZoneInfo.GetSystemTimeZones().Count <= 1
            ? S["This machine has no time-zone database, so the time zone '{0}' ({1}) cannot be found and every date would be wrong. Install it (Debian: apt-get install tzdata) and start again.", zone, key]
            : S["The time zone '{0}' in {1} is not known. Use an IANA name such as Asia/Ho_Chi_Minh.", zone, key];
    }
}
