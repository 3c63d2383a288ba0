using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace UstaOrchard.Web.Hosting;

/// <summary>
/// The login cookie's redirects (to the login page, access denied, after logout) are built by ASP.NET
/// Core as scheme://Host/…, from a header anyone can set (<c>Host: evil.example</c>). A path alone is a
/// valid Location and trusts nothing.
/// </summary>
public static class RelativeRedirects
{
    public static void Apply(CookieAuthenticationOptions options)
    {
        var events = options.Events;
        var toLogin = events.OnRedirectToLogin;
        var toAccessDenied = events.OnRedirectToAccessDenied;
        var toLogout = events.OnRedirectToLogout;
        var toReturnUrl = events.OnRedirectToReturnUrl;
        events.OnRedirectToLogin = context => toLogin(WithoutHost(context));
        events.OnRedirectToAccessDenied = context => toAccessDenied(WithoutHost(context));
        events.OnRedirectToLogout = context => toLogout(WithoutHost(context));
        events.OnRedirectToReturnUrl = context => toReturnUrl(WithoutHost(context));
    }

    private static RedirectContext<CookieAuthenticationOptions> WithoutHost(RedirectContext<CookieAuthenticationOptions> context)
    {
        var origin = $"{context.Request.Scheme}://{context.Request.Host}";
        if (context.RedirectUri.StartsWith(origin + "/", StringComparison.OrdinalIgnoreCase)) context.RedirectUri = context.RedirectUri[origin.Length..];
        return context;
    }
}
