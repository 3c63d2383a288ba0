using Microsoft.Extensions.Localization;

namespace Usta.Admin.Settings;

public sealed record TimeZoneChoice(string Id, string Label);

/// <summary>
/// The time zones this machine knows (IANA ids on Linux), Viet Nam's first: only a zone in this list
/// can be chosen, so a typed id never reaches the time-zone database's file lookup.
/// </summary>
public sealed class SiteTimeZones(IStringLocalizer<AdminStartup> S)
{
    public const string VietNam = "Asia/Ho_Chi_Minh";

    /// <summary>Every zone, <paramref name="current"/> included even when the list lacks it (an alias a recipe set).</summary>
    public IReadOnlyList<TimeZoneChoice> List(string? current)
    {
        var zones = TimeZoneInfo.GetSystemTimeZones()
            .Where(z => z.Id != VietNam)
            .OrderBy(z => z.BaseUtcOffset).ThenBy(z => z.Id, StringComparer.Ordinal)
            .Select(z => new TimeZoneChoice(z.Id, Label(z)))
            .ToList();
        if (TimeZoneInfo.TryFindSystemTimeZoneById(VietNam, out var vietNam))
            zones.Insert(0, new TimeZoneChoice(VietNam, S["Viet Nam time ({0})", Offset(vietNam)]));
        if (!string.IsNullOrEmpty(current) && zones.All(z => z.Id != current) && TimeZoneInfo.TryFindSystemTimeZoneById(current, out var other))
            zones.Insert(1, new TimeZoneChoice(current, Label(other)));
        return zones;
    }

    /// <summary>Whether <paramref name="id"/> is one of <see cref="List"/>'s zones and the machine can read it.</summary>
    public bool IsChoice(string? id, string? current)
        => !string.IsNullOrEmpty(id) && id.Length <= 100 && List(current).Any(z => z.Id == id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out _);

    private string Label(TimeZoneInfo zone) => zone.Id == "UTC" || zone.Id == "Etc/UTC"
        ? S["Coordinated Universal Time ({0})", zone.Id]
        : $"({Offset(zone)}) {zone.Id}";

    private static string Offset(TimeZoneInfo zone)
    {
        var offset = zone.BaseUtcOffset;
        return $"UTC{(offset < TimeSpan.Zero ? "-" : "+")}{offset:hh\\:mm}";
    }
}
