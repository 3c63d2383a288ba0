using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Usta.Visits.Counting;
using Usta.Visits.Storage;

namespace Usta.Visits.Display;

public sealed record ArticleViewsView(string ContentItemId, string Views);

/// <summary>"Lượt xem: N" on an article, as flushed when the page was rendered; visits.js keeps it current.</summary>
public sealed class ArticleViewsViewComponent(VisitSiteStateReader states, VisitStore store) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string contentItemId)
    {
        var ct = HttpContext.RequestAborted;
        if (!(await states.GetAsync(ct)).Enabled) return Content("");
        var views = await store.ArticleViewsAsync(contentItemId, ct);
        return View(new ArticleViewsView(contentItemId, VisitorCounterViewComponent.Format(views)));
    }
}
