using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using UstaOrchard.Core.Settings;

namespace Usta.Users.Sessions;

/// <summary>
/// <see cref="AccountRequirementsFilter"/> for the admin's endpoints that are not pages (the media
/// upload): a user who must first change their password or set up two-step verification is refused
/// with 403 and a message naming what to do, as JSON (<c>{ "error": … }</c>) that the admin's scripts show.
/// </summary>
public sealed class AccountRequirementsEndpointFilter : IEndpointFilter
{
    // Answering before the client has sent its body makes Kestrel drop the connection, and the script
    // would see a reset instead of the message: a declared body up to this size is read and thrown away.
    private const long MaxDrained = 64L * 1024 * 1024;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var pending = await AccountRequirementsFilter.PendingPageAsync(http, http.RequestServices.GetRequiredService<SiteService>());
        if (pending is null) return await next(context);

        await DrainAsync(http);
        var S = http.RequestServices.GetRequiredService<IStringLocalizer<UsersStartup>>();
        var message = pending == AccountRequirementsFilter.PasswordPage
            ? S["Choose your own password before using the admin."]
            : S["Set up two-step verification before using the admin."];
        return Results.Json(new { error = message.Value }, statusCode: StatusCodes.Status403Forbidden);
    }

    private static async Task DrainAsync(HttpContext http)
    {
        if (http.Request.ContentLength is not { } length || length is <= 0 or > MaxDrained) return;
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = length;
        try
        {
            await http.Request.Body.CopyToAsync(Stream.Null, http.RequestAborted);
        }
        catch (Exception e) when (e is IOException or BadHttpRequestException or OperationCanceledException)
        {
            // The client went away or sent less than it declared: the refusal is the answer anyway.
        }
    }
}
