using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Usta.Users.Administration;
using UstaOrchard.Core.Audit;

namespace Usta.Users.Areas.Usta.Users.Pages.Account;

/// <summary>Where an invited user chooses their password, from the link an administrator sent them.</summary>
public sealed class ActivateModel(UserManager<UstaUser> users, Invitations invitations, IAuditTrail audit,
    ILogger<ActivateModel> logger, IStringLocalizer<UsersStartup> S) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "u")]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true, Name = "t")]
    public string? Token { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string? UserName { get; private set; }
    public string? Refusal { get; private set; }

    [TempData]
    public string? Activated { get; set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter the new password.")]
        [StringLength(512, ErrorMessage = "The password is too long.")]
        public string NewPassword { get; set; } = "";

        [Required(ErrorMessage = "Repeat the new password.")]
        [StringLength(512, ErrorMessage = "The password is too long.")]
        public string ConfirmPassword { get; set; } = "";
    }

    public async Task<IActionResult> OnGetAsync()
    {
        if (Activated is not null && UserId is null) return Page();
        await CheckAsync();
        ModelState.Clear();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var user = await CheckAsync();
        if (user is null) return Page();
        if (ModelState.IsValid && Input.NewPassword != Input.ConfirmPassword)
            ModelState.AddModelError("Input.ConfirmPassword", S["The two passwords differ."]);
        if (!ModelState.IsValid) return Page();

        user.MustChangePassword = false;
        // Adding the password renews the security stamp the token holds: the link works no more.
        var result = await users.AddPasswordAsync(user, Input.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors) ModelState.AddModelError("Input.NewPassword", error.Description);
            return Page();
        }
        await audit.RecordAsync(new AuditEvent(AuditEvents.User, AuditEvents.UserPasswordChanged)
        {
            Subject = user.UserName,
            UserName = user.UserName,
            Details = S["invitation accepted"],
        }, ct);
        logger.LogInformation("User {UserName} accepted their invitation", user.UserName);
        Activated = user.UserName;
        return RedirectToPage();
    }

    /// <summary>The invited user when the link is good; otherwise the refusal to show, with 400.</summary>
    private async Task<UstaUser?> CheckAsync()
    {
        // The token is in this page's address: no link followed from it may carry it away.
        Response.Headers["Referrer-Policy"] = "no-referrer";
        var user = string.IsNullOrEmpty(UserId) || UserId.Length > 450 ? null : await users.FindByIdAsync(UserId);
        var state = user is null || user.IsDisabled ? InvitationState.Invalid : await invitations.CheckAsync(user, Token);
        if (state == InvitationState.Valid)
        {
            UserName = user!.UserName;
            return user;
        }
        logger.LogInformation("Invitation link refused: {State}", state);
        Refusal = state == InvitationState.Expired
            ? S["This invitation link has expired (links work for {0} days). Ask an administrator for a new one.", (int)Invitations.Lifetime.TotalDays]
            : S["This invitation link is not valid or has already been used. If you have set your password, log in; otherwise ask an administrator for a new link."];
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return null;
    }
}
