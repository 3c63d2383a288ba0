using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UstaOrchard.Core.Settings;

namespace Usta.Users.Sessions;

/// <summary>
/// What a signed-in user must do before using the admin: choose their own password when an
/// administrator gave them one, then, when the site requires it, set up two-step verification if
/// they are an Administrator. Every other admin page (GET or POST) sends them to the page that does
/// it. Reads the claims <see cref="SessionValidator"/> puts on every request, so no query here.
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
        var user = context.HttpContext.User;
        if (!path.StartsWith("/Admin/", StringComparison.OrdinalIgnoreCase) || user.Identity?.IsAuthenticated != true) return null;

        var page = ((PageActionDescriptor)context.ActionDescriptor).AttributeRouteInfo?.Template is { } template ? "/" + template.TrimStart('/') : "";
        if (user.HasClaim(MustChangePasswordClaim, "true"))
            return IsPage(page, PasswordPage) ? null : PasswordPage;

        if (IsPage(page, TwoFactorPage) || IsPage(page, PasswordPage) || user.HasClaim(TwoFactorEnabledClaim, "true")) return null;
        if (!user.IsInRole(Permissions.AdministratorRole)) return null;
        var settings = (await site.GetAsync(context.HttpContext.RequestAborted)).Get<UserSecuritySettings>();
        return settings.RequireTwoFactorForAdministrators ? TwoFactorPage : null;
    }

    private static bool IsPage(string page, string expected) => string.Equals(page, expected, StringComparison.OrdinalIgnoreCase);
}
