using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Usta.Users.Administration;

namespace Usta.Users.Areas.Usta.Users.Pages.Admin.Users;

/// <summary>One user: name and e-mail, roles, disable and re-enable, a new password, unlock, a new invitation link.</summary>
[Authorize(Policy = Permissions.ManageUsers)]
public sealed class EditModel(UserManager<UstaUser> users, RoleManager<IdentityRole> roleManager, UserAdministration admin,
    Invitations invitations, TimeProvider time, IStringLocalizer<UsersStartup> S) : PageModel
{
    public const string InvitationKey = "InvitationLink";

    public UstaUser Account { get; private set; } = null!;
    public IReadOnlyList<string> AllRoles { get; private set; } = [];
    public IReadOnlyCollection<string> Roles { get; private set; } = [];
    public bool IsSelf { get; private set; }
    public DateTimeOffset? LockedUntil { get; private set; }

    [BindProperty]
    public ProfileInput Profile { get; set; } = new();

    [TempData]
    public string? Status { get; set; }

    [TempData]
    public string? Error { get; set; }

    [TempData(Key = InvitationKey)]
    public string? InvitationLink { get; set; }

    public sealed class ProfileInput
    {
        [StringLength(200, ErrorMessage = "The display name is too long.")]
        public string? DisplayName { get; set; }

        [EmailAddress(ErrorMessage = "Enter a valid e-mail address.")]
        [StringLength(256, ErrorMessage = "The e-mail address is too long.")]
        public string? Email { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Profile = new ProfileInput { DisplayName = Account.DisplayName, Email = Account.Email };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (ProtectedFromActor()) return Failed(S["Only an administrator can change an administrator's account."]);
        if (!ModelState.IsValid) return Page();
        var result = await admin.UpdateProfileAsync(Account, Profile.DisplayName, Profile.Email, ct);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors) ModelState.AddModelError(error.Code.Contains("Email") ? "Profile.Email" : "", error.Description);
            return Page();
        }
        return Done(S["Saved."]);
    }

    public async Task<IActionResult> OnPostRolesAsync(string id, [FromForm(Name = "Input.Roles")] List<string>? roles, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (ProtectedFromActor()) return Failed(S["Only an administrator can change an administrator's account."]);
        roles ??= [];
        if (roles.Except(AllRoles, StringComparer.Ordinal).Any()) return Failed(S["Choose roles from the list."]);
        if (!User.IsInRole(Permissions.AdministratorRole) && roles.Contains(Permissions.AdministratorRole))
            return Failed(S["Only an administrator can give the Administrator role."]);
        return Outcome(await admin.SetRolesAsync(Account, roles.Distinct(StringComparer.Ordinal).ToList(), ct), S["Roles saved."]);
    }

    public async Task<IActionResult> OnPostDisableAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (ProtectedFromActor()) return Failed(S["Only an administrator can change an administrator's account."]);
        return Outcome(await admin.SetDisabledAsync(Account, true, users.GetUserId(User), ct),
            S["The account is disabled: its sessions end on their next request."]);
    }

    public async Task<IActionResult> OnPostEnableAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (ProtectedFromActor()) return Failed(S["Only an administrator can change an administrator's account."]);
        return Outcome(await admin.SetDisabledAsync(Account, false, users.GetUserId(User), ct), S["The account is enabled again."]);
    }

    public async Task<IActionResult> OnPostUnlockAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (ProtectedFromActor()) return Failed(S["Only an administrator can change an administrator's account."]);
        return Outcome(await admin.UnlockAsync(Account, ct), S["The account is unlocked."]);
    }

    public async Task<IActionResult> OnPostResetPasswordAsync(string id, [FromForm(Name = "NewPassword")] string? password,
        [FromForm(Name = "ConfirmNewPassword")] string? confirm, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (ProtectedFromActor()) return Failed(S["Only an administrator can change an administrator's account."]);
        if (string.IsNullOrEmpty(password) || password.Length > 512) return Failed(S["Enter the new password."]);
        if (password != confirm) return Failed(S["The two passwords differ."]);
        return Outcome(await admin.ResetPasswordAsync(Account, password, ct),
            S["The password is changed; the user must choose their own when they next sign in, and their sessions have ended."]);
    }

    public async Task<IActionResult> OnPostInviteAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (ProtectedFromActor()) return Failed(S["Only an administrator can change an administrator's account."]);
        if (Account.PasswordHash is not null) return Failed(S["This user already has a password: give them a new one instead."]);
        // A new stamp voids the links made before: a leaked one stops working.
        await users.UpdateSecurityStampAsync(Account);
        InvitationLink = (await invitations.CreateLinkAsync(Account, ct)).Url;
        return Done(S["A new invitation link is made. Send it to the user."]);
    }

    /// <summary>An administrator's account is changed only by an administrator (a user manager could otherwise take it over).</summary>
    private bool ProtectedFromActor()
        => Roles.Contains(Permissions.AdministratorRole) && !User.IsInRole(Permissions.AdministratorRole);

    private async Task<bool> LoadAsync(string id, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(id) || id.Length > 450 || await users.FindByIdAsync(id) is not { } user) return false;
        Account = user;
        AllRoles = await CreateModel.RoleNamesAsync(roleManager, ct);
        Roles = (await users.GetRolesAsync(user)).ToHashSet(StringComparer.Ordinal);
        IsSelf = user.Id == users.GetUserId(User);
        LockedUntil = user.LockoutEnd > time.GetUtcNow() ? user.LockoutEnd : null;
        return true;
    }

    private IActionResult Outcome(IdentityResult result, string success)
        => result.Succeeded ? Done(success) : Failed(string.Join(" ", result.Errors.Select(e => e.Description)));

    private IActionResult Done(string status)
    {
        Status = status;
        return RedirectToPage(new { id = Account.Id });
    }

    // A refused change is shown on a fresh read of the user: the refused values were rolled back.
    private IActionResult Failed(string error)
    {
        Error = error;
        return RedirectToPage(new { id = Account.Id });
    }
}
