using Microsoft.AspNetCore.Diagnostics;

namespace UstaOrchard.Web.Hosting;

public static class RequestGuards
{
    /// <summary>
    /// The status and error pages run the pipeline again for the same request: a guard that refused
    /// it the first time must let the page that explains the refusal through.
    /// </summary>
    public static bool IsReExecution(HttpContext context)
        => context.Features.Get<IStatusCodeReExecuteFeature>() is not null || context.Features.Get<IExceptionHandlerFeature>() is not null;
}
