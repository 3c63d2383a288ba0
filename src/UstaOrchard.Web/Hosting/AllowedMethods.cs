using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;

namespace UstaOrchard.Web.Hosting;

/// <summary>
/// Answers 405 (with <c>Allow</c>) before a page runs when the page has no handler for the method.
/// Razor Pages would otherwise render a page whose handler never ran (TRACE on an article: a null
/// model in the layout, a 500). Every page and every new one is covered by its own handlers.
/// </summary>
public sealed class AllowedMethods(RequestDelegate next, PageLoader pages)
{
    private static readonly string[] ReadOnly = [HttpMethods.Get, HttpMethods.Head];

    public async Task InvokeAsync(HttpContext context)
    {
        if (RequestGuards.IsReExecution(context) || await AllowedAsync(context) is not { } allowed)
        {
            await next(context);
            return;
        }
        if (HttpMethods.IsOptions(context.Request.Method))
        {
            // What OPTIONS asks for, and nothing more: no CORS, no page.
            context.Response.StatusCode = StatusCodes.Status204NoContent;
            context.Response.Headers.Allow = string.Join(", ", allowed);
            return;
        }
        if (!allowed.Contains(context.Request.Method, StringComparer.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            context.Response.Headers.Allow = string.Join(", ", allowed);
            return;
        }
        await next(context);
    }

    private async Task<IReadOnlyList<string>?> AllowedAsync(HttpContext context)
    {
        var endpoint = context.GetEndpoint();
        if (endpoint is null) return null;
        if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
        {
            var compiled = page as CompiledPageActionDescriptor ?? await pages.LoadAsync(page, endpoint.Metadata);
            var methods = compiled.HandlerMethods.Select(h => h.HttpMethod.ToUpperInvariant()).ToHashSet();
            // Razor Pages answer HEAD with the GET handler; a page without handlers is read-only.
            if (methods.Count == 0 || methods.Contains(HttpMethods.Get)) methods.UnionWith(ReadOnly);
            return methods.Order(StringComparer.Ordinal).ToList();
        }
        return endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.ToList();
    }
}
