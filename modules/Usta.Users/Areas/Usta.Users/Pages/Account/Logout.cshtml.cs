using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UstaOrchard.Core.Audit;

namespace Usta.Users.Areas.Usta.Users.Pages.Account;

/// <summary>Signing out is a POST (with antiforgery); a GET only shows the button.</summary>
public sealed class LogoutModel(SignInManager<UstaUser> signIn, IAuditTrail audit) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (User.Identity?.IsAuthenticated == true)
            await audit.RecordAsync(new AuditEvent(AuditEvents.SignIn, AuditEvents.SignedOut) { UserName = User.Identity.Name, Subject = User.Identity.Name }, ct);
        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }
}
