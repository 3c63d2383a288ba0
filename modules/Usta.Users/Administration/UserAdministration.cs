using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using UstaOrchard.Core.Audit;
using UstaOrchard.Core.Data;

namespace Usta.Users.Administration;

/// <summary>
/// What an administrator does to another user's account, each change with its audit record. Changes
/// that could leave the site without an administrator (disabling, taking the role) run in a
/// transaction that first locks the Administrator role's row, then count what is left before they
/// commit: two administrators disabling each other at the same moment cannot both succeed.
/// </summary>
public sealed class UserAdministration(UstaDbContext db, UserManager<UstaUser> users, IAuditTrail audit,
    IStringLocalizer<UsersStartup> S, ILogger<UserAdministration> logger)
{
    public async Task<IdentityResult> UpdateProfileAsync(UstaUser user, string? displayName, string? email, CancellationToken ct)
    {
        displayName = string.IsNullOrWhiteSpace(displayName) ? null : displayName.Trim();
        email = string.IsNullOrWhiteSpace(email) ? null : email.Trim();
        var changed = new List<string>();
        if (user.DisplayName != displayName) changed.Add(S["display name"]);
        if (!string.Equals(user.Email, email, StringComparison.OrdinalIgnoreCase)) changed.Add(S["e-mail"]);
        if (changed.Count == 0) return IdentityResult.Success;

        user.DisplayName = displayName;
        // Identity's SetEmailAsync would validate and save too; done here in one save, with the stamp
        // renewed when the e-mail (a way back into the account) changes.
        var result = user.Email == email || string.Equals(user.Email, email, StringComparison.OrdinalIgnoreCase)
            ? await users.UpdateAsync(user)
            : await SetEmailAsync(user, email);
        if (!result.Succeeded) return result;
        await RecordAsync(user, AuditEvents.UserUpdated, string.Join(", ", changed), ct);
        return result;
    }

    private async Task<IdentityResult> SetEmailAsync(UstaUser user, string? email)
    {
        await users.SetEmailAsync(user, email);
        return await users.UpdateAsync(user);
    }

    /// <summary>Gives <paramref name="user"/> exactly <paramref name="roles"/> (names of existing roles).</summary>
    public async Task<IdentityResult> SetRolesAsync(UstaUser user, IReadOnlyCollection<string> roles, CancellationToken ct)
    {
        var current = await users.GetRolesAsync(user);
        var added = roles.Except(current, StringComparer.OrdinalIgnoreCase).ToList();
        var removed = current.Except(roles, StringComparer.OrdinalIgnoreCase).ToList();
        if (added.Count == 0 && removed.Count == 0) return IdentityResult.Success;

        var details = string.Join("; ", new[]
        {
            added.Count > 0 ? "+ " + string.Join(", ", added) : null,
            removed.Count > 0 ? "- " + string.Join(", ", removed) : null,
        }.OfType<string>());
        return await GuardedAsync(async () =>
        {
            if (added.Count > 0 && await users.AddToRolesAsync(user, added) is { Succeeded: false } a) return a;
            if (removed.Count > 0 && await users.RemoveFromRolesAsync(user, removed) is { Succeeded: false } r) return r;
            return IdentityResult.Success;
        }, () => RecordAsync(user, AuditEvents.UserRolesChanged, details, ct), ct);
    }

    /// <summary>Disables or re-enables; a new security stamp ends every session of a disabled user on its next request.</summary>
    public async Task<IdentityResult> SetDisabledAsync(UstaUser user, bool disabled, string? actorId, CancellationToken ct)
    {
        if (user.IsDisabled == disabled) return IdentityResult.Success;
        if (disabled && user.Id == actorId) return Refused("DisableSelf", S["You cannot disable your own account."]);

        return await GuardedAsync(async () =>
        {
            user.IsDisabled = disabled;
            return await users.UpdateSecurityStampAsync(user);
        }, async () =>
        {
            await RecordAsync(user, disabled ? AuditEvents.UserDisabled : AuditEvents.UserEnabled, null, ct);
            logger.LogInformation("User {UserName} {State}", user.UserName, disabled ? "disabled" : "enabled");
        }, ct);
    }

    /// <summary>An administrator's new password for the user, who must choose their own at next sign-in; their sessions end.</summary>
    public async Task<IdentityResult> ResetPasswordAsync(UstaUser user, string password, CancellationToken ct)
    {
        user.MustChangePassword = true;
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var result = await users.ResetPasswordAsync(user, token, password);
        if (!result.Succeeded)
        {
            user.MustChangePassword = false;
            return result;
        }
        await RecordAsync(user, AuditEvents.UserPasswordReset, null, ct);
        return result;
    }

    public async Task<IdentityResult> UnlockAsync(UstaUser user, CancellationToken ct)
    {
        var result = await users.SetLockoutEndDateAsync(user, null);
        if (result.Succeeded) result = await users.ResetAccessFailedCountAsync(user);
        if (result.Succeeded) await RecordAsync(user, AuditEvents.UserUnlocked, null, ct);
        return result;
    }

    /// <summary>
    /// Runs <paramref name="change"/> and keeps it only if an enabled administrator who can sign in is
    /// left; <paramref name="record"/> (the audit record) only for a change that is kept.
    /// </summary>
    private async Task<IdentityResult> GuardedAsync(Func<Task<IdentityResult>> change, Func<Task> record, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // A write to the role's row takes its lock (a row lock on PostgreSQL, the database's on SQLite):
        // a second guarded change waits here and then counts what the first one committed.
        await db.Set<IdentityRole>().Where(r => r.Name == Permissions.AdministratorRole)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.ConcurrencyStamp, r => r.ConcurrencyStamp), ct);

        var result = await change();
        if (!result.Succeeded) return result;
        if (await CountActiveAdministratorsAsync(ct) == 0)
        {
            await transaction.RollbackAsync(ct);
            logger.LogWarning("Refused a change that would leave no enabled administrator");
            return Refused("LastAdministrator", S["This is the last enabled administrator: give another user the Administrator role first."]);
        }
        await record();
        await transaction.CommitAsync(ct);
        return result;
    }

    /// <summary>Administrators who can sign in: not disabled, and with a password (an invited one has none yet).</summary>
    public Task<int> CountActiveAdministratorsAsync(CancellationToken ct)
        => (from userRole in db.Set<IdentityUserRole<string>>()
            join role in db.Set<IdentityRole>() on userRole.RoleId equals role.Id
            join user in db.Set<UstaUser>() on userRole.UserId equals user.Id
            where role.Name == Permissions.AdministratorRole && !user.IsDisabled && user.PasswordHash != null
            select user.Id).CountAsync(ct);

    private Task RecordAsync(UstaUser user, string name, string? details, CancellationToken ct)
        => audit.RecordAsync(new AuditEvent(AuditEvents.User, name) { Subject = user.UserName, Details = details }, ct);

    private static IdentityResult Refused(string code, string description) => IdentityResult.Failed(new IdentityError { Code = code, Description = description });
}
