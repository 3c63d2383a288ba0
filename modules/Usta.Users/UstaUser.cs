using Microsoft.AspNetCore.Identity;
using UstaOrchard.Core.Text;

namespace Usta.Users;

public sealed class UstaUser : IdentityUser
{
    private string? displayName;

    /// <summary>The name shown to other editors ("Dương Phúc").</summary>
    public string? DisplayName
    {
        get => displayName;
        set
        {
            displayName = value;
            DisplayNameKey = value is null ? null : VietnameseText.Fold(value);
        }
    }

    /// <summary>
    /// <see cref="DisplayName"/> folded ("duong phuc"), kept beside it for the users list's search:
    /// SQLite's lower() changes ASCII letters only, so "Đặng" could not be found as "đặng", and a
    /// folded key also finds it as "dang". EF writes the name through its field, never this setter.
    /// </summary>
    public string? DisplayNameKey { get; private set; }

    /// <summary>
    /// A disabled user cannot sign in, and their sessions end on their next request
    /// (<see cref="Sessions.SessionValidator"/>). Disabling keeps the account and its history.
    /// </summary>
    public bool IsDisabled { get; set; }

    /// <summary>Set for an initial password an administrator gave: the user must choose their own before anything else.</summary>
    public bool MustChangePassword { get; set; }
}
