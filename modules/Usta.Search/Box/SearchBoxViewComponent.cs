using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace Usta.Search.Box;

/// <summary>What the header's search box shows: the reader's query when the page is the search page.</summary>
public sealed record SearchBoxView(string Query);

/// <summary>
/// The search box in every page's header: a plain GET form to the search page, so it works without
/// JavaScript; suggest.js adds title suggestions on top of it.
/// </summary>
public sealed class SearchBoxViewComponent : ViewComponent
{
    public const string SearchPath = "/tim-kiem";

    // A reader's 10,000-character query is kept in the page's own box, not echoed in every header.
    private const int MaxShown = 1000;

    public IViewComponentResult Invoke()
    {
        var original = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        var query = !OnSearchPage(HttpContext) ? ""
            : original is not null ? QueryHelpers.ParseQuery(original.OriginalQueryString).GetValueOrDefault("q").ToString()
            : HttpContext.Request.Query["q"].ToString();
        if (query.Length > MaxShown) query = query[..MaxShown];
        return View(new SearchBoxView(query));
    }

    /// <summary>Whether the box shows the reader's query: elsewhere it is the same empty box on every page.</summary>
    public static bool OnSearchPage(HttpContext context)
    {
        // A status page (404, 400…) is re-executed under its own path: the reader's request is the original one.
        var path = context.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath ?? context.Request.Path.Value;
        return string.Equals(path?.TrimEnd('/'), SearchPath, StringComparison.OrdinalIgnoreCase);
    }
}
