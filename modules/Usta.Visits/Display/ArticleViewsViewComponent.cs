using Microsoft.AspNetCore.Mvc;
using Usta.Visits.Counting;

namespace Usta.Visits.Display;

public sealed record ArticleViewsView(string ContentItemId, string Views);

/// <summary>"Lượt xem: N" on an article, as of the last flush when the page was rendered; visits.js keeps it current.</summary>
public sealed class ArticleViewsViewComponent(VisitSiteStateReader states, ArticleViewFigures views) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string contentItemId)
    {
        var ct = HttpContext.RequestAborted;
        if (!(await states.GetAsync(ct)).Enabled) return Content("");
        var count = await views.GetAsync(contentItemId, ct);
        return View(new ArticleViewsView(contentItemId, VisitorCounterViewComponent.Format(count)));
    }
}
