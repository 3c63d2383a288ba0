using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;
using Usta.AuditTrail.Listing;
using UstaOrchard.Core.Audit;
using UstaOrchard.Core.Settings;

namespace Usta.AuditTrail.Areas.Usta.AuditTrail.Pages.Admin.AuditTrail;

/// <summary>A row as shown: local time, the event's name, and the version page when it is a content event.</summary>
public sealed record AuditRow(long Id, string When, string? UserName, string? RemoteAddress, string EventKey, string Event,
    string? Subject, string? VersionUrl, string? ContentItemId, string? Details);

/// <summary>The audit trail, newest first, filtered by user, event, item and days, a page at a time.</summary>
[Authorize(Policy = AuditTrailPermissions.ViewAuditTrail)]
public sealed class IndexModel(AuditTrailQuery query, SiteClock clock, IStringLocalizer<AuditTrailStartup> S) : PageModel
{
    public const string ListUrl = "/Admin/AuditTrail";

    public AuditListRequest Filter { get; private set; } = new(null, null, null, null, null, null, null);
    public IReadOnlyList<AuditRow> Rows { get; private set; } = [];
    public IReadOnlyList<(string Key, string Label)> Events { get; private set; } = [];
    public string? Error { get; private set; }
    public string? OlderUrl { get; private set; }
    public string? NewerUrl { get; private set; }
    public bool IsFiltered { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Events = AuditEventLabels.Known.Select(e => (AuditEventLabels.Key(e.Category, e.Name), AuditEventLabels.Label(S, e.Category, e.Name))).ToList();
        Filter = AuditListRequest.Read(HttpContext.Request.Query);
        var zone = await clock.GetTimeZoneAsync(ct);
        var (filter, before, after, error) = Filter.Parse(zone, S);
        if (filter is null)
        {
            Error = error;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        IsFiltered = Filter.Filters().Values.Any(v => v is not null);
        var page = await query.PageAsync(filter, before, after, ct);
        Rows = page.Rows.Select(r => new AuditRow(r.Id,
            TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(r.Utc, DateTimeKind.Utc), zone).ToString(SiteClock.DateTimeFormat + ":ss"),
            r.UserName, r.RemoteAddress, AuditEventLabels.Key(r.Category, r.Name), AuditEventLabels.Label(S, r.Category, r.Name), r.Subject,
            r.Category == AuditEvents.Content && r.ContentItemId is not null && r.ContentItemVersionId is not null
                ? $"/Admin/Contents/Versions/{Uri.EscapeDataString(r.ContentItemId)}/{Uri.EscapeDataString(r.ContentItemVersionId)}"
                : null,
            r.ContentItemId, r.Details)).ToList();
        OlderUrl = page.OlderThan is { } older ? PageUrl("before", older) : null;
        NewerUrl = page.NewerThan is { } newer ? PageUrl("after", newer) : null;
        return Page();
    }

    private string PageUrl(string key, long id)
    {
        var values = Filter.Filters().Where(v => v.Value is not null).ToDictionary(v => v.Key, v => v.Value);
        values[key] = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return QueryHelpers.AddQueryString(ListUrl, values);
    }
}
