using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using UstaOrchard.Core.Settings;

namespace Usta.Users.Areas.Usta.Users.Pages.Account;

public sealed class LoginModel(SignInManager<UstaUser> signIn, UserManager<UstaUser> users, SiteClock clock,
    IStringLocalizer<UsersStartup> S, ILogger<LoginModel> logger) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your user name.")]
        [StringLength(256, ErrorMessage = "The user name is too long.")]
        public string UserName { get; set; } = "";

        [Required(ErrorMessage = "Enter your password.")]
        [DataType(DataType.Password)]
        [StringLength(512, ErrorMessage = "The password is too long.")]
        public string Password { get; set; } = "";

        public bool RememberMe { get; set; }
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();

        var result = await signIn.PasswordSignInAsync(Input.UserName.Trim(), Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("User {UserName} logged in", Input.UserName);
            return LocalRedirect(SafeReturnUrl());
        }

        if (result.IsLockedOut)
        {
            var user = await users.FindByNameAsync(Input.UserName.Trim());
            var until = user?.LockoutEnd is { } end ? end.UtcDateTime : clock.UtcNow;
            var minutes = Math.Max(1, (int)Math.Ceiling((until - clock.UtcNow).TotalMinutes));
            logger.LogWarning("Login refused for locked-out user {UserName}", Input.UserName);
            ModelState.AddModelError("", S["This account is locked after too many failed logins. Try again in {0} minutes.", minutes]);
        }
        else if (result.IsNotAllowed)
        {
            ModelState.AddModelError("", S["This account may not log in yet."]);
        }
        else
        {
            logger.LogWarning("Failed login for {UserName}", Input.UserName);
            ModelState.AddModelError("", S["The user name or password is wrong."]);
        }
        Input.Password = "";
        return Page();
    }

    private string SafeReturnUrl()
        => !string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/Admin";
}
