using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;
using Usta.Visits.Counting;

namespace Usta.Visits.Display;

/// <summary>The figures as visits.js reads them: numbers, and the same as the page shows them.</summary>
public sealed record VisitsJson(long Total, long Today, int Online, string TotalText, string TodayText, string OnlineText,
    long? Views = null, string? ViewsText = null);

/// <summary>
/// <c>GET /thong-ke/luot-truy-cap[?bai=id]</c>: the current figures, and an article's views. Never
/// cached anywhere (<c>no-store</c>): the page around it may come from the cache, this may not.
/// </summary>
public static class VisitsEndpoint
{
    public const string Route = "/thong-ke/luot-truy-cap";
    private const int MaxIdLength = 26;

    public static async Task<IResult> HandleAsync(HttpContext context, VisitSiteStateReader states, VisitFigures figures, VisitFlusher flusher,
        ArticleViewFigures articleViews, TimeProvider time, IStringLocalizer<VisitsStartup> S)
    {
        var ct = context.RequestAborted;
        context.Response.Headers.CacheControl = "no-store";
        var state = await states.GetAsync(ct);
        if (!state.Enabled) return Results.Json(new { error = S["The visitor counter is turned off."].Value }, statusCode: StatusCodes.Status404NotFound);

        var article = context.Request.Query["bai"];
        if (article.Count > 1 || (article.Count == 1 && !IsId(article[0])))
            return Results.Json(new { error = S["'bai' must be an article's id: letters, digits, '-' or '_', at most {0}.", MaxIdLength].Value },
                statusCode: StatusCodes.Status400BadRequest);

        await flusher.EnsureLoadedAsync(ct);
        var now = figures.Current(state, time.GetUtcNow());
        long? views = article.Count == 1 ? await articleViews.GetAsync(article[0]!, ct) : null;
        return Results.Json(new VisitsJson(now.Total, now.Today, now.Online,
            VisitorCounterViewComponent.Format(now.Total), VisitorCounterViewComponent.Format(now.Today), VisitorCounterViewComponent.Format(now.Online),
            views, views is { } v ? VisitorCounterViewComponent.Format(v) : null));
    }

    private static bool IsId(string? value) => value is { Length: > 0 and <= MaxIdLength } && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
