using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Usta.Users.Areas.Usta.Users.Pages.Account;

/// <summary>Signing out is a POST (with antiforgery); a GET only shows the button.</summary>
public sealed class LogoutModel(SignInManager<UstaUser> signIn) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }
}
