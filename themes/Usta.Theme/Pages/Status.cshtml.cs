using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Usta.Theme.Pages;

/// <summary>Shown for 404, 400 and other status codes without a body of their own.</summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel(IStringLocalizer<ThemeStartup> S) : PageModel
{
    public int Code { get; private set; }
    public string Title { get; private set; } = "";
    public string Message { get; private set; } = "";

    public void OnGet(int code) => Describe(code);

    public void OnPost(int code) => Describe(code);

    private void Describe(int code)
    {
        Code = code;
        (Title, Message) = code switch
        {
            404 => (S["Page not found"].Value, S["The page you asked for does not exist or is no longer published."].Value),
            400 => (S["Bad request"].Value, S["The request could not be understood. Check the address and try again."].Value),
            403 => (S["Access denied"].Value, S["You do not have permission to open this page."].Value),
            _ => (S["Something went wrong"].Value, S["The page could not be shown. Please try again in a moment."].Value),
        };
    }
}
