using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Usta.Theme.Pages;

/// <summary>The page an unexpected error ends on: Vietnamese text and the request id, never a stack trace.</summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public string RequestId { get; private set; } = "";
    public bool IsError { get; private set; }
    public bool IsBusy => IsError && Response.StatusCode == StatusCodes.Status503ServiceUnavailable;

    // Like the status page: every method of the failed request lands here, so no handler methods.
    [NonHandler]
    public override void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
        IsError = HttpContext.Features.Get<IExceptionHandlerFeature>() is not null;
        if (!IsError) Response.StatusCode = StatusCodes.Status404NotFound;
        // The host answers a busy database with 503: the reader may simply try again.
        if (IsBusy) Response.Headers.RetryAfter = "10";
        RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
    }
}
