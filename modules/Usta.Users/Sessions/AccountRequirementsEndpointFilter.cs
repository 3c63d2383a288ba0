using Microsoft.AspNetCore.Http;
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
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var pending = await AccountRequirementsFilter.PendingPageAsync(http, http.RequestServices.GetRequiredService<SiteService>());
        if (pending is null) return await next(context);

        var S = http.RequestServices.GetRequiredService<IStringLocalizer<UsersStartup>>();
        var message = pending == AccountRequirementsFilter.PasswordPage
            ? S["Choose your own password before using the admin."]
            : S["Set up two-step verification before using the admin."];
        return Results.Json(new { error = message.Value }, statusCode: StatusCodes.Status403Forbidden);
    }
}
