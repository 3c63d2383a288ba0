using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using UstaOrchard.Core.Web;

namespace Usta.Theme.Pages;

/// <summary>Shown for every status code without a body of its own (404, 405, 429, 431, …).</summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class StatusModel(IStringLocalizer<ThemeStartup> S) : PageModel
{
    public int Code { get; private set; }
    public string Title { get; private set; } = "";
    public string Message { get; private set; } = "";

    // No OnGet/OnPost: the page is re-executed with the failed request's method (PUT, TRACE, …),
    // which has no handler, so it describes itself here, where every method passes.
    [NonHandler]
    public override void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
        // Opened directly, /loi/500 is not a page of the site: it answers 404, never 200.
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null;
        Code = reExecuted && int.TryParse(RouteData.Values["code"] as string, out var code) ? code : StatusCodes.Status404NotFound;
        if (!reExecuted) Response.StatusCode = Code;
        (Title, Message) = StatusText.Describe(Code, S);
        // An endpoint that knows why (a refused media path, a width not offered) says so instead.
        if (reExecuted && StatusMessage.Get(HttpContext) is { Length: > 0 } reason) Message = reason;
    }
}
