using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Usta.Users.Areas.Usta.Users.Pages.Account;

/// <summary>Where a signed-in user without the permission lands: a 403 page, not a redirect loop.</summary>
public sealed class AccessDeniedModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
