using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Usta.Users.Roles;

namespace Usta.Users.Areas.Usta.Users.Pages.Admin.Roles;

/// <summary>Every role with how many users hold it and what it is for.</summary>
[Authorize(Policy = Permissions.ManageRoles)]
public sealed class IndexModel(RoleAdmin roles) : PageModel
{
    public IReadOnlyList<RoleSummary> Roles { get; private set; } = [];

    [TempData]
    public string? Status { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Roles = await roles.ListAsync(ct);
}
