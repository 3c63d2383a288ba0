using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Usta.Users.Roles;

namespace Usta.Users.Areas.Usta.Users.Pages.Admin.Roles;

/// <summary>A new role, with no permission until they are ticked on its page.</summary>
[Authorize(Policy = Permissions.ManageRoles)]
public sealed class CreateModel(RoleAdmin roles, IStringLocalizer<UsersStartup> S) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [TempData]
    public string? Status { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (name, error) = RoleNames.Check(Input.Name, S);
        if (error is not null) ModelState.AddModelError("Input.Name", error);
        var description = Input.Description?.Trim();
        if (description?.Length > RoleNames.MaxDescriptionLength)
            ModelState.AddModelError("Input.Description", S["The description may be at most {0} characters long.", RoleNames.MaxDescriptionLength]);
        if (ModelState.ErrorCount == 0 && await roles.CreateAsync(name, description, ct) is { } refused)
            ModelState.AddModelError("Input.Name", refused);
        if (ModelState.ErrorCount > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Status = S["Role '{0}' created: choose its permissions.", name];
        return Redirect("/Admin/Roles/Edit/" + Uri.EscapeDataString(name));
    }

    public sealed class InputModel
    {
        public string? Name { get; set; }
        public string? Description { get; set; }
    }
}
