using Microsoft.AspNetCore.Identity;

namespace Usta.Users;

public sealed class UstaUser : IdentityUser
{
    /// <summary>The name shown to other editors ("Dương Phúc").</summary>
    public string? DisplayName { get; set; }
}
