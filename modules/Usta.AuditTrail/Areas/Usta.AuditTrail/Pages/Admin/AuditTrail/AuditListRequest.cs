using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;
using Usta.AuditTrail.Listing;
using Usta.AuditTrail.Records;
using UstaOrchard.Core.Settings;

namespace Usta.AuditTrail.Areas.Usta.AuditTrail.Pages.Admin.AuditTrail;

/// <summary>
/// The list's query string as typed (every value hostile): parsed into a filter, or the first thing
/// wrong with it in the reader's words. Dates are days in the site's time zone, the end day included.
/// </summary>
public sealed record AuditListRequest(string? User, string? Event, string? Item, string? From, string? To, string? Before, string? After)
{
    private static readonly string[] DateFormats = ["dd-MM-yyyy", "d-M-yyyy", "yyyy-MM-dd"];

    public static AuditListRequest Read(IQueryCollection query) => new(Value(query, "user"), Value(query, "event"), Value(query, "item"),
        Value(query, "from"), Value(query, "to"), Value(query, "before"), Value(query, "after"));

    public (AuditFilter? Filter, long? Before, long? After, string? Error) Parse(TimeZoneInfo zone, IStringLocalizer S)
    {
        if (User is { Length: > AuditTrailDbModel.UserNameLength }) return Refused(S["The user name is too long."]);
        if (Item is { Length: > AuditTrailDbModel.IdLength }) return Refused(S["The content item id is too long."]);
        string? category = null, name = null;
        if (Event is not null)
        {
            if (!AuditEventLabels.TryParse(Event, out var c, out var n)) return Refused(S["Choose an event from the list."]);
            (category, name) = (c, n);
        }
        if (!TryDay(From, out var from)) return Refused(S["The start date is not a date (dd-MM-yyyy)."]);
        if (!TryDay(To, out var to)) return Refused(S["The end date is not a date (dd-MM-yyyy)."]);
        if (from is not null && to is not null && from > to) return Refused(S["The start date is after the end date."]);
        if (!TryId(Before, out var before) || !TryId(After, out var after)) return Refused(S["This page link is not valid; start from the first page."]);
        var filter = new AuditFilter(User, category, name, Item,
            from is { } f ? SiteClock.ToUtc(f.ToDateTime(TimeOnly.MinValue), zone) : null,
            to is { } t ? SiteClock.ToUtc(t.AddDays(1).ToDateTime(TimeOnly.MinValue), zone) : null);
        return (filter, before, after, null);
    }

    /// <summary>The filters as query values (for the paging links), without the page's position.</summary>
    public Dictionary<string, string?> Filters() => new()
    {
        ["user"] = User, ["event"] = Event, ["item"] = Item, ["from"] = From, ["to"] = To,
    };

    private static (AuditFilter?, long?, long?, string?) Refused(string error) => (null, null, null, error);

    // Years a person means: the day after the last one must still be a date.
    private static bool TryDay(string? text, out DateOnly? day)
    {
        day = null;
        if (text is null) return true;
        if (!DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            || parsed.Year < 1900 || parsed.Year > 9000) return false;
        day = parsed;
        return true;
    }

    private static bool TryId(string? text, out long? id)
    {
        id = null;
        if (text is null) return true;
        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) || parsed <= 0) return false;
        id = parsed;
        return true;
    }

    private static string? Value(IQueryCollection query, string key)
        => query.TryGetValue(key, out var values) && values.Count == 1 && !string.IsNullOrWhiteSpace(values[0]) ? values[0]!.Trim() : null;
}
