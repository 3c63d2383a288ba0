using System.Collections.Concurrent;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Usta.Users;

namespace UstaOrchard.IntegrationTests.Users;

/// <summary>
/// Counts the password checks made against each user's real hash, through a hasher that
/// decorates the site's own (checks against the dummy hash have no user name and are not counted).
/// </summary>
public sealed class PasswordChecks
{
    private readonly ConcurrentDictionary<string, int> _counts = new();

    public int For(string userName) => _counts.GetValueOrDefault(userName);

    /// <summary>Waits until <paramref name="count"/> checks for the user have started.</summary>
    public async Task WaitForAsync(string userName, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (For(userName) < count)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"{For(userName)} password checks for {userName}, expected {count}.");
            await Task.Delay(5);
        }
    }

    public void AddTo(IServiceCollection services)
    {
        services.AddSingleton(this);
        services.AddScoped<IPasswordHasher<UstaUser>>(sp => new Counting(new PasswordHasher<UstaUser>(sp.GetService<IOptions<PasswordHasherOptions>>()), this));
    }

    private sealed class Counting(IPasswordHasher<UstaUser> inner, PasswordChecks checks) : IPasswordHasher<UstaUser>
    {
        public string HashPassword(UstaUser user, string password) => inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(UstaUser user, string hashedPassword, string providedPassword)
        {
            if (user.UserName is { } name) checks._counts.AddOrUpdate(name, 1, (_, n) => n + 1);
            return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
