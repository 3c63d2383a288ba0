using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using UstaOrchard.Core.Audit;

namespace Usta.Users.Areas.Usta.Users.Pages.Admin.Account;

/// <summary>The signed-in user's own account: display name here, password and e-mail on their own pages.</summary>
public sealed class IndexModel(UserManager<UstaUser> users, IAuditTrail audit, IStringLocalizer<UsersStartup> S) : PageModel
{
    public UstaUser Account { get; private set; } = null!;

    [BindProperty]
    [StringLength(200, ErrorMessage = "The display name is too long.")]
    public string? DisplayName { get; set; }

    [TempData]
    public string? Status { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user) return Forbid();
        Account = user;
        DisplayName = user.DisplayName;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } user) return Forbid();
        Account = user;
        if (!ModelState.IsValid) return Page();
        var name = string.IsNullOrWhiteSpace(DisplayName) ? null : DisplayName.Trim();
        if (name != user.DisplayName)
        {
            user.DisplayName = name;
            var result = await users.UpdateAsync(user);
            if (!result.Succeeded)
            {
                foreach (var error in result.Errors) ModelState.AddModelError("", error.Description);
                return Page();
            }
            await audit.RecordAsync(new AuditEvent(AuditEvents.User, AuditEvents.UserUpdated) { Subject = user.UserName, Details = S["display name"] }, ct);
        }
        Status = S["Saved."];
        return RedirectToPage();
    }
}
