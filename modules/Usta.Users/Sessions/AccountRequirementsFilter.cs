using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UstaOrchard.Core.Settings;

namespace Usta.Users.Sessions;

/// <summary>
/// What a signed-in user must do before using the admin: choose their own password when an
/// administrator gave them one, then, when the site requires it, set up two-step verification if
/// they are an Administrator. Every other admin page (GET or POST) sends them to the page that does
/// it; the admin's other endpoints refuse them (<see cref="AccountRequirementsEndpointFilter"/>).
/// Reads the claims <see cref="SessionValidator"/> puts on every request, so no query here.
/// </summary>
public sealed class AccountRequirementsFilter(SiteService site) : IAsyncPageFilter
{
    public const string PasswordPage = "/Admin/Account/Password";
    public const string TwoFactorPage = "/Admin/Account/TwoFactor";

    /// <summary>Claims made afresh on each request from the user's row (never read from the cookie).</summary>
    public const string MustChangePasswordClaim = "usta:must-change-password";
    public const string TwoFactorEnabledClaim = "usta:two-factor";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var target = await RequiredPageAsync(context);
        if (target is null)
        {
            await next();
            return;
        }
        context.Result = new RedirectResult(target);
    }

    private async Task<string?> RequiredPageAsync(PageHandlerExecutingContext context)
    {
        var path = context.ActionDescriptor.ViewEnginePath;
        if (!path.StartsWith("/Admin/", StringComparison.OrdinalIgnoreCase)) return null;
        var page = ((PageActionDescriptor)context.ActionDescriptor).AttributeRouteInfo?.Template is { } template ? "/" + template.TrimStart('/') : "";
        if (IsPage(page, PasswordPage)) return null;
        var required = await PendingPageAsync(context.HttpContext, site);
        return required == TwoFactorPage && IsPage(page, TwoFactorPage) ? null : required;
    }

    /// <summary>
    /// The page the signed-in user must go through before anything else in the admin, or null:
    /// <see cref="PasswordPage"/>, then <see cref="TwoFactorPage"/> for an Administrator when the site requires it.
    /// </summary>
    public static async Task<string?> PendingPageAsync(Microsoft.AspNetCore.Http.HttpContext context, SiteService site)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated != true) return null;
        if (user.HasClaim(MustChangePasswordClaim, "true")) return PasswordPage;
        if (user.HasClaim(TwoFactorEnabledClaim, "true") || !user.IsInRole(Permissions.AdministratorRole)) return null;
        var settings = (await site.GetAsync(context.RequestAborted)).Get<UserSecuritySettings>();
        return settings.RequireTwoFactorForAdministrators ? TwoFactorPage : null;
    }

    private static bool IsPage(string page, string expected) => string.Equals(page, expected, StringComparison.OrdinalIgnoreCase);
}
