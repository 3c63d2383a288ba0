using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Usta.Users.Roles;

namespace Usta.Users.Areas.Usta.Users.Pages.Admin.Roles;

/// <summary>
/// A role's permissions as a grid: a box per module permission, and content verbs by type. What is
/// ticked is what the role holds after the save; names the site does not list are refused.
/// </summary>
[Authorize(Policy = Permissions.ManageRoles)]
public sealed class EditModel(RoleAdmin roles, PermissionGrid grid, IStringLocalizer<UsersStartup> S) : PageModel
{
    public string Name { get; private set; } = "";
    public string DisplayName { get; private set; } = "";
    public bool IsAdministrator { get; private set; }
    public PermissionGridView Grid { get; private set; } = new([], [], []);
    public string? Error { get; private set; }

    [TempData]
    public string? Status { get; set; }

    public async Task<IActionResult> OnGetAsync(string? name, CancellationToken ct)
    {
        var role = await roles.FindAsync(name);
        if (role?.Name is null) return NotFound();
        await ShowAsync(role, ct);
        return Page();
    }

    private static readonly string[] AdministratorOnly = [Permissions.ManageUsers, Permissions.ManageRoles];

    public async Task<IActionResult> OnPostAsync(string? name, [FromForm] List<string>? permissions, CancellationToken ct)
    {
        var role = await roles.FindAsync(name);
        if (role?.Name is null) return NotFound();
        if (RoleNames.IsAdministrator(role.Name))
            return await RefuseAsync(role, S["The Administrator role holds every permission; it cannot be changed."], ct);

        var known = await grid.KnownAsync(ct);
        var wanted = (permissions ?? []).Where(p => !string.IsNullOrEmpty(p)).ToHashSet(StringComparer.Ordinal);
        var unknown = wanted.Where(p => !known.Contains(p)).Order(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
            return await RefuseAsync(role, S["This site has no permission named {0}; nothing was saved.", string.Join(", ", unknown.Take(5))], ct);

        // Who manages users or roles can make anyone an Administrator: only an Administrator hands that out.
        if (!User.IsInRole(Permissions.AdministratorRole))
        {
            var held = await roles.PermissionsAsync(role, ct);
            if (AdministratorOnly.Any(p => held.Contains(p) != wanted.Contains(p)))
                return await RefuseAsync(role, S["Only an administrator can give or take the rights to manage users and roles."], ct);
        }

        var change = await roles.SavePermissionsAsync(role, wanted, known, ct);
        Status = change.IsEmpty
            ? S["Nothing changed."]
            : S["Permissions saved: {0} added, {1} removed. They count from each user's next request.", change.Added.Count, change.Removed.Count];
        return Redirect("/Admin/Roles/Edit/" + Uri.EscapeDataString(role.Name));
    }

    private async Task<IActionResult> RefuseAsync(IdentityRole role, string error, CancellationToken ct)
    {
        await ShowAsync(role, ct);
        Error = error;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task ShowAsync(IdentityRole role, CancellationToken ct)
    {
        Name = role.Name!;
        DisplayName = RoleNames.Display(Name, S);
        IsAdministrator = RoleNames.IsAdministrator(Name);
        Grid = await grid.BuildAsync(await roles.PermissionsAsync(role, ct), everything: IsAdministrator, ct);
    }
}
