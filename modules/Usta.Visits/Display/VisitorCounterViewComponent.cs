using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Usta.Visits.Counting;

namespace Usta.Visits.Display;

public sealed record VisitorCounterView(string Total, string Today, string Online);

/// <summary>
/// "Lượt truy cập" in the sidebar: the figures as of the last flush, in the page (a cached page
/// keeps them; readers without JavaScript see them), and visits.js fills in the current ones.
/// </summary>
public sealed class VisitorCounterViewComponent(VisitSiteStateReader states, VisitFigures figures, VisitFlusher flusher, TimeProvider time)
    : ViewComponent
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("vi-VN");

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var state = await states.GetAsync(HttpContext.RequestAborted);
        if (!state.Enabled) return Content("");
        await flusher.EnsureLoadedAsync(HttpContext.RequestAborted);
        var current = figures.Current(state, time.GetUtcNow());
        return View(new VisitorCounterView(Format(current.Total), Format(current.Today), Format(current.Online)));
    }

    public static string Format(long value) => value.ToString("N0", Culture);
}
