using System.Globalization;
using Microsoft.Extensions.Localization;
using UstaOrchard.Core.Definitions;
using UstaOrchard.Core.Settings;

namespace Usta.Contents.Listing;

/// <summary>
/// The list's query string as typed (or crafted): each value checked, a bad one explained in
/// Vietnamese. Dates are days in the site's time zone, entered dd-MM-yyyy.
/// </summary>
public sealed class ContentListRequest
{
    public const int MaxSearchLength = 200;
    private static readonly DateOnly FirstDay = new(1900, 1, 1);
    private static readonly DateOnly LastDay = new(2100, 12, 31);

    public string? Type { get; set; }
    public string? Status { get; set; }
    public string? Category { get; set; }
    public string? Owner { get; set; }
    public string? From { get; set; }
    public string? To { get; set; }
    public string? Q { get; set; }
    public string? Sort { get; set; }

    public static readonly IReadOnlyDictionary<string, ContentListStatus> Statuses = new Dictionary<string, ContentListStatus>(StringComparer.Ordinal)
    {
        ["draft"] = ContentListStatus.Draft,
        ["published"] = ContentListStatus.Published,
        ["newer-draft"] = ContentListStatus.NewerDraft,
        ["scheduled"] = ContentListStatus.Scheduled,
        ["recycle-bin"] = ContentListStatus.RecycleBin,
    };

    public static readonly IReadOnlyDictionary<string, ContentListSort> Sorts = new Dictionary<string, ContentListSort>(StringComparer.Ordinal)
    {
        ["modified"] = ContentListSort.Modified,
        ["published"] = ContentListSort.Published,
        ["title"] = ContentListSort.Title,
    };

    /// <summary>The checked filter, or the message that says what is wrong.</summary>
    public (ContentListFilter? Filter, string? Error) Parse(IReadOnlyList<ContentTypeDefinition> types, TimeZoneInfo zone, IStringLocalizer S)
    {
        var type = Blank(Type);
        if (type is not null && types.All(t => t.Name != type)) return (null, S["There is no content type '{0}'.", Short(type)]);
        var status = ContentListStatus.All;
        if (Blank(Status) is { } statusText && !Statuses.TryGetValue(statusText, out status)) return (null, S["'{0}' is not a status of the list.", Short(statusText)]);
        var sort = ContentListSort.Modified;
        if (Blank(Sort) is { } sortText && !Sorts.TryGetValue(sortText, out sort)) return (null, S["'{0}' is not an order of the list.", Short(sortText)]);
        var category = Blank(Category);
        if (category is not null && (category.Length > 26 || !category.All(char.IsAsciiLetterOrDigit))) return (null, S["'{0}' is not a category.", Short(category)]);
        var owner = Blank(Owner);
        if (owner is { Length: > 255 }) return (null, S["'{0}' is not a user name.", Short(owner)]);
        var search = Blank(Q);
        if (search is { Length: > MaxSearchLength }) return (null, S["The search text is {0:N0} characters long; at most {1:N0} are allowed.", search.Length, MaxSearchLength]);

        DateOnly? from = null, to = null;
        if (Blank(From) is { } fromText)
        {
            if (!TryDay(fromText, out var day)) return (null, S["'{0}' is not a date. Enter a day as dd-MM-yyyy (for example 08-12-2021).", Short(fromText)]);
            from = day;
        }
        if (Blank(To) is { } toText)
        {
            if (!TryDay(toText, out var day)) return (null, S["'{0}' is not a date. Enter a day as dd-MM-yyyy (for example 08-12-2021).", Short(toText)]);
            to = day;
        }
        if (from > to) return (null, S["The first day comes after the last day."]);

        return (new ContentListFilter(type, status, category, owner, StartUtc(from, zone), StartUtc(to?.AddDays(1), zone), search, sort), null);
    }

    private static DateTime? StartUtc(DateOnly? day, TimeZoneInfo zone)
        => day is { } d ? SiteClock.ToUtc(d.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), zone) : null;

    private static bool TryDay(string text, out DateOnly day)
        => DateOnly.TryParseExact(text, ["dd-MM-yyyy", "d-M-yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out day)
           && day >= FirstDay && day <= LastDay;

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : UstaOrchard.Core.Text.VietnameseText.Nfc(text.Trim());

    // Only the start of what was typed is shown back.
    private static string Short(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
