using Microsoft.AspNetCore.Identity;
using UstaOrchard.Core.Audit;
using UstaOrchard.Core.Data;

namespace Usta.Users.Administration;

/// <summary>A user an administrator adds: with an initial password they must change, or none (an invitation).</summary>
public sealed record NewUser(string UserName, string? DisplayName, string? Email, IReadOnlyCollection<string> Roles, string? Password);

/// <summary>Creates a user and its roles in one transaction, with the audit record.</summary>
public sealed class UserCreation(UstaDbContext db, UserManager<UstaUser> users, IAuditTrail audit)
{
    public async Task<(IdentityResult Result, UstaUser? User)> CreateAsync(NewUser input, CancellationToken ct)
    {
        var user = new UstaUser
        {
            UserName = input.UserName.Trim(),
            DisplayName = string.IsNullOrWhiteSpace(input.DisplayName) ? null : input.DisplayName.Trim(),
            Email = string.IsNullOrWhiteSpace(input.Email) ? null : input.Email.Trim(),
            // Someone else knows an initial password: its owner replaces it before doing anything else.
            MustChangePassword = input.Password is not null,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var result = input.Password is null ? await users.CreateAsync(user) : await users.CreateAsync(user, input.Password);
        if (!result.Succeeded) return (result, null);
        if (input.Roles.Count > 0)
        {
            result = await users.AddToRolesAsync(user, input.Roles);
            if (!result.Succeeded) return (result, null);
        }
        await audit.RecordAsync(new AuditEvent(AuditEvents.User, AuditEvents.UserCreated)
        {
            Subject = user.UserName,
            Details = input.Roles.Count > 0 ? string.Join(", ", input.Roles) : null,
        }, ct);
        await transaction.CommitAsync(ct);
        return (result, user);
    }
}
