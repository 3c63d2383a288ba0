using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Usta.Users.Roles;

namespace Usta.Users.Areas.Usta.Users.Pages.Admin.Roles;

/// <summary>Asks first, saying how many users lose the role; the Administrator role is never deleted.</summary>
[Authorize(Policy = Permissions.ManageRoles)]
public sealed class DeleteModel(RoleAdmin roles, IStringLocalizer<UsersStartup> S) : PageModel
{
    public string Name { get; private set; } = "";
    public string DisplayName { get; private set; } = "";
    public int Users { get; private set; }
    public string? Error { get; private set; }

    [TempData]
    public string? Status { get; set; }

    public async Task<IActionResult> OnGetAsync(string? name, CancellationToken ct)
    {
        var role = await roles.FindAsync(name);
        if (role?.Name is null) return NotFound();
        await ShowAsync(role, ct);
        if (RoleNames.IsAdministrator(role.Name))
        {
            Error = S["The Administrator role cannot be deleted."];
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? name, CancellationToken ct)
    {
        var role = await roles.FindAsync(name);
        if (role?.Name is null) return NotFound();
        await ShowAsync(role, ct);
        if (await roles.DeleteAsync(role, ct) is { } refused)
        {
            Error = refused;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        Status = S["Role '{0}' deleted; {1} users lost it.", DisplayName, Users];
        return Redirect("/Admin/Roles");
    }

    private async Task ShowAsync(Microsoft.AspNetCore.Identity.IdentityRole role, CancellationToken ct)
    {
        Name = role.Name!;
        DisplayName = RoleNames.Display(Name, S);
        Users = await roles.CountUsersAsync(role, ct);
    }
}
