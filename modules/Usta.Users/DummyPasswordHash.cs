using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace Usta.Users;

/// <summary>
/// A hash of a random password, made once with the site's own hasher, that sign-in verifies when
/// there is no real hash to check: a missing or locked account then costs the same time as a
/// wrong password, so response times do not tell which user names exist.
/// </summary>
public sealed class DummyPasswordHash
{
    private static readonly UstaUser Nobody = new();
    private string? _hash;

    public void Verify(IPasswordHasher<UstaUser> hasher, string password)
    {
        var hash = LazyInitializer.EnsureInitialized(ref _hash,
            () => hasher.HashPassword(Nobody, Convert.ToBase64String(RandomNumberGenerator.GetBytes(24))));
        hasher.VerifyHashedPassword(Nobody, hash, password);
    }
}
