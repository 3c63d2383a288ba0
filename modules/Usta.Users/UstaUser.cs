using Microsoft.AspNetCore.Identity;

namespace Usta.Users;

public sealed class UstaUser : IdentityUser
{
    /// <summary>The name shown to other editors ("Dương Phúc").</summary>
    public string? DisplayName { get; set; }

    /// <summary>
    /// A disabled user cannot sign in, and their sessions end on their next request
    /// (<see cref="Sessions.SessionValidator"/>). Disabling keeps the account and its history.
    /// </summary>
    public bool IsDisabled { get; set; }

    /// <summary>Set for an initial password an administrator gave: the user must choose their own before anything else.</summary>
    public bool MustChangePassword { get; set; }
}
