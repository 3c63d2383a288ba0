using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using UstaOrchard.Core.Audit;
using UstaOrchard.Core.Data;

namespace Usta.Users;

public enum SignInOutcome
{
    SignedIn,
    /// <summary>Wrong user name, wrong password or a locked account: told apart only in the log.</summary>
    Refused,
    /// <summary>The password was right, but the account may not sign in (e.g. an unconfirmed e-mail).</summary>
    NotAllowed,
    /// <summary>The password was right and the user has an authenticator: the code is asked next (Identity's two-factor cookie is set).</summary>
    RequiresTwoFactor,
}

/// <summary>
/// Password sign-in that holds under bursts. Identity's PasswordSignInAsync reads the failure
/// count, checks the password and writes the count back, so simultaneous requests all see the
/// same count and each gets a password check. Here every check first reserves an attempt with
/// one conditional UPDATE in the database (atomic on SQLite and PostgreSQL, and across nodes);
/// the reservation that takes the last attempt also sets the lockout, so at most
/// MaxFailedAccessAttempts checks run before lockout however the requests arrive.
/// </summary>
public sealed class PasswordSignIn(UstaDbContext db, UserManager<UstaUser> users, Sessions.UstaSignInManager signIn,
    IPasswordHasher<UstaUser> hasher, DummyPasswordHash dummy, IOptions<IdentityOptions> identity, TimeProvider time,
    IAuditTrail audit, ILogger<PasswordSignIn> logger, Microsoft.Extensions.Localization.IStringLocalizer<UsersStartup> S)
{
    public async Task<SignInOutcome> SignInAsync(string userName, string password, bool remember, CancellationToken ct = default)
    {
        var user = await users.FindByNameAsync(userName);
        if (user?.PasswordHash is null)
        {
            // The same write and hash work as for a real account, so timing does not tell which names exist.
            await LoginDecoy.TouchAsync(db, ct);
            dummy.Verify(hasher, password);
            logger.LogWarning("Failed login for {UserName}: no such user", userName);
            // Recorded like a real name's failure: the same write, whichever trail is installed.
            await RecordFailureAsync(userName, S["unknown user name"], ct);
            return SignInOutcome.Refused;
        }

        var (reserved, lockedUntil) = await ReserveAttemptAsync(user, ct);
        if (!reserved)
        {
            await LoginDecoy.TouchAsync(db, ct);
            dummy.Verify(hasher, password);
            logger.LogWarning("Login refused for locked-out user {UserName}", userName);
            await RecordFailureAsync(userName, S["account locked"], ct);
            return SignInOutcome.Refused;
        }

        var verified = hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        if (verified == PasswordVerificationResult.Failed)
        {
            logger.LogWarning("Failed login for {UserName}", userName);
            // Told from the count read before the attempt, not read again: one more query here would
            // make a wrong password for a real name cost a statement more than for a missing one.
            await RecordFailureAsync(userName, S["wrong password"], ct);
            if (user.AccessFailedCount + 1 >= identity.Value.Lockout.MaxFailedAccessAttempts)
            {
                logger.LogWarning("User {UserName} is locked out until {LockoutEnd}", userName, lockedUntil);
                await audit.RecordAsync(new AuditEvent(AuditEvents.SignIn, AuditEvents.LockedOut) { UserName = user.UserName, Subject = user.UserName }, ct);
            }
            return SignInOutcome.Refused;
        }

        await Users(user).ExecuteUpdateAsync(s => s
            .SetProperty(u => u.AccessFailedCount, 0)
            .SetProperty(u => u.LockoutEnd, (DateTimeOffset?)null)
            .SetProperty(u => u.ConcurrencyStamp, NewStamp()), ct);
        if (verified == PasswordVerificationResult.SuccessRehashNeeded)
        {
            // Only the hash's format changes, not the password: sessions stay valid.
            var rehashed = hasher.HashPassword(user, password);
            await Users(user).ExecuteUpdateAsync(s => s.SetProperty(u => u.PasswordHash, rehashed).SetProperty(u => u.ConcurrencyStamp, NewStamp()), ct);
        }

        if (!await signIn.CanSignInAsync(user)) return SignInOutcome.NotAllowed;
        var result = await signIn.SignInAfterPasswordAsync(user, remember);
        if (result.RequiresTwoFactor)
        {
            logger.LogInformation("User {UserName} gave the right password; the authenticator code is asked next", userName);
            return SignInOutcome.RequiresTwoFactor;
        }
        if (!result.Succeeded) return SignInOutcome.NotAllowed;
        logger.LogInformation("User {UserName} logged in", userName);
        await audit.RecordAsync(new AuditEvent(AuditEvents.SignIn, AuditEvents.SignedIn) { UserName = user.UserName, Subject = user.UserName, Details = S["with a password"] }, ct);
        return SignInOutcome.SignedIn;
    }

    /// <summary>The name as typed: the trail shows what was tried, whether or not such a user exists.</summary>
    private Task RecordFailureAsync(string userName, string reason, CancellationToken ct)
        => audit.RecordAsync(new AuditEvent(AuditEvents.SignIn, AuditEvents.SignInFailed) { UserName = userName, Subject = userName, Details = reason }, ct);

    /// <returns>Whether an attempt was reserved, and the lockout end the last attempt sets.</returns>
    private async Task<(bool Reserved, DateTimeOffset LockedUntil)> ReserveAttemptAsync(UstaUser user, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var lockout = identity.Value.Lockout;
        if (user.LockoutEnd is { } end && end <= now)
        {
            // An expired lockout starts a fresh count. Matching the end read keeps a late request
            // from clearing a lockout that a newer burst has just set.
            await Users(user).Where(u => u.LockoutEnd == end).ExecuteUpdateAsync(s => s
                .SetProperty(u => u.LockoutEnd, (DateTimeOffset?)null)
                .SetProperty(u => u.AccessFailedCount, 0)
                .SetProperty(u => u.ConcurrencyStamp, NewStamp()), ct);
        }

        var max = lockout.MaxFailedAccessAttempts;
        DateTimeOffset? lockedUntil = now + lockout.DefaultLockoutTimeSpan;
        // The reservation that takes the last attempt sets the lockout in the same statement, so
        // no request can slip in between the last check and the lockout.
        var reserved = await Users(user)
            .Where(u => u.LockoutEnd == null && u.AccessFailedCount < max)
            .ExecuteUpdateAsync(s => s
                .SetProperty(u => u.AccessFailedCount, u => u.AccessFailedCount + 1)
                .SetProperty(u => u.LockoutEnd, u => u.AccessFailedCount + 1 >= max ? lockedUntil : u.LockoutEnd)
                .SetProperty(u => u.ConcurrencyStamp, NewStamp()), ct);
        return (reserved == 1, lockedUntil.Value);
    }

    private IQueryable<UstaUser> Users(UstaUser user) => db.Set<UstaUser>().Where(u => u.Id == user.Id);

    // Identity saves a whole user row (UserManager.UpdateAsync): a new stamp makes a save from a
    // copy read before an attempt fail as a conflict instead of writing back stale counts.
    private static string NewStamp() => Guid.NewGuid().ToString();
}
