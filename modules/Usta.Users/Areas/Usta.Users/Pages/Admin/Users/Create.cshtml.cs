using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Usta.Users.Administration;

namespace Usta.Users.Areas.Usta.Users.Pages.Admin.Users;

/// <summary>A new user, with an initial password they must change, or an invitation link to choose their own.</summary>
[Authorize(Policy = Permissions.ManageUsers)]
public sealed class CreateModel(UserCreation creation, Invitations invitations, RoleManager<IdentityRole> roleManager,
    IStringLocalizer<UsersStartup> S) : PageModel
{
    public const string InviteMode = "invite";
    public const string PasswordMode = "password";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<string> AllRoles { get; private set; } = [];

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter a user name.")]
        [StringLength(256, ErrorMessage = "The user name is too long.")]
        public string UserName { get; set; } = "";

        [StringLength(200, ErrorMessage = "The display name is too long.")]
        public string? DisplayName { get; set; }

        [EmailAddress(ErrorMessage = "Enter a valid e-mail address.")]
        [StringLength(256, ErrorMessage = "The e-mail address is too long.")]
        public string? Email { get; set; }

        public List<string>? Roles { get; set; }

        public string? Mode { get; set; } = InviteMode;

        [DataType(DataType.Password)]
        [StringLength(512, ErrorMessage = "The password is too long.")]
        public string? Password { get; set; }

        [DataType(DataType.Password)]
        [StringLength(512, ErrorMessage = "The password is too long.")]
        public string? ConfirmPassword { get; set; }
    }

    public async Task OnGetAsync(CancellationToken ct) => AllRoles = await RoleNamesAsync(roleManager, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        AllRoles = await RoleNamesAsync(roleManager, ct);
        var roles = Input.Roles ?? [];
        if (roles.Except(AllRoles, StringComparer.Ordinal).Any()) ModelState.AddModelError("Input.Roles", S["Choose roles from the list."]);
        else if (!User.IsInRole(Permissions.AdministratorRole) && roles.Contains(Permissions.AdministratorRole))
            ModelState.AddModelError("Input.Roles", S["Only an administrator can give the Administrator role."]);
        var invite = Input.Mode != PasswordMode;
        if (Input.Mode is not (InviteMode or PasswordMode)) ModelState.AddModelError("Input.Mode", S["Choose how the user gets a password."]);
        if (!invite && string.IsNullOrEmpty(Input.Password)) ModelState.AddModelError("Input.Password", S["Enter the initial password."]);
        else if (!invite && Input.Password != Input.ConfirmPassword) ModelState.AddModelError("Input.ConfirmPassword", S["The two passwords differ."]);
        if (!ModelState.IsValid) return Page();

        var (result, user) = await creation.CreateAsync(new NewUser(Input.UserName, Input.DisplayName, Input.Email,
            roles.Distinct(StringComparer.Ordinal).ToList(), invite ? null : Input.Password), ct);
        if (!result.Succeeded || user is null)
        {
            foreach (var error in result.Errors)
                ModelState.AddModelError(error.Code.StartsWith("Password", StringComparison.Ordinal) ? "Input.Password" : "", error.Description);
            Input.Password = Input.ConfirmPassword = null;
            return Page();
        }

        if (invite)
        {
            var link = await invitations.CreateLinkAsync(user, ct);
            TempData[EditModel.InvitationKey] = link.Url;
        }
        TempData["Status"] = invite
            ? S["User {0} created. Send them the invitation link below.", user.UserName ?? ""].Value
            : S["User {0} created. They must change the initial password when they first sign in.", user.UserName ?? ""].Value;
        return RedirectToPage("Edit", new { id = user.Id });
    }

    public static async Task<IReadOnlyList<string>> RoleNamesAsync(RoleManager<IdentityRole> roles, CancellationToken ct)
        => await roles.Roles.AsNoTracking().Select(r => r.Name!).OrderBy(n => n).ToListAsync(ct);
}
