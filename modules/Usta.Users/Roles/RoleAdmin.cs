using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using UstaOrchard.Core.Audit;
using UstaOrchard.Core.Data;

namespace Usta.Users.Roles;

/// <summary>A role as the list shows it.</summary>
public sealed record RoleSummary(string Name, string DisplayName, string? Description, int Users);

/// <summary>What a save of a role's permissions changed.</summary>
public sealed record PermissionChange(IReadOnlyList<string> Added, IReadOnlyList<string> Removed)
{
    public bool IsEmpty => Added.Count == 0 && Removed.Count == 0;
}

/// <summary>
/// The work the roles pages share: list, create, delete, and replace a role's permissions. Each
/// change is recorded in the audit trail. Users are never touched: the session check reads roles and
/// permissions from the database on every request, so a change counts on the user's next request.
/// </summary>
public sealed class RoleAdmin(UstaDbContext db, RoleManager<IdentityRole> roles, IAuditTrail audit, IStringLocalizer<UsersStartup> S)
{
    public async Task<IReadOnlyList<RoleSummary>> ListAsync(CancellationToken ct)
    {
        var all = await db.Set<IdentityRole>().AsNoTracking().OrderBy(r => r.Name).Select(r => new { r.Id, r.Name }).ToListAsync(ct);
        var counts = await db.Set<IdentityUserRole<string>>().AsNoTracking().GroupBy(ur => ur.RoleId)
            .Select(g => new { RoleId = g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.RoleId, x => x.Count, ct);
        var descriptions = await db.Set<IdentityRoleClaim<string>>().AsNoTracking().Where(c => c.ClaimType == RoleNames.DescriptionClaimType)
            .Select(c => new { c.RoleId, c.ClaimValue }).ToListAsync(ct);
        return all.Where(r => r.Name is not null)
            .Select(r => new RoleSummary(r.Name!, RoleNames.Display(r.Name!, S),
                descriptions.FirstOrDefault(d => d.RoleId == r.Id)?.ClaimValue ?? RoleNames.BuiltInDescription(r.Name!, S),
                counts.GetValueOrDefault(r.Id)))
            // Administrator first, then by the name shown.
            .OrderBy(r => RoleNames.IsAdministrator(r.Name) ? 0 : 1).ThenBy(r => r.DisplayName, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
    }

    public Task<IdentityRole?> FindAsync(string? name) => string.IsNullOrWhiteSpace(name) ? Task.FromResult<IdentityRole?>(null) : roles.FindByNameAsync(name);

    public Task<int> CountUsersAsync(IdentityRole role, CancellationToken ct)
        => db.Set<IdentityUserRole<string>>().CountAsync(ur => ur.RoleId == role.Id, ct);

    /// <summary>Creates the role with no permission; null when done, else the reason in Vietnamese.</summary>
    public async Task<string?> CreateAsync(string name, string? description, CancellationToken ct)
    {
        // RoleManager compares normalized (upper-case) names: "editor" is the role "Editor".
        if (await roles.FindByNameAsync(name) is { } existing)
            return S["The role '{0}' already exists.", RoleNames.Display(existing.Name ?? name, S)];
        var role = new IdentityRole(name);
        var result = await roles.CreateAsync(role);
        if (!result.Succeeded) return string.Join(" ", result.Errors.Select(e => e.Description));
        if (!string.IsNullOrWhiteSpace(description))
            await roles.AddClaimAsync(role, new Claim(RoleNames.DescriptionClaimType, description.Trim()));
        await audit.RecordAsync(new AuditEvent(AuditEvents.Role, AuditEvents.RoleCreated) { Subject = name }, ct);
        return null;
    }

    /// <summary>Deletes the role; its users lose it (and only it). Never the Administrator role.</summary>
    public async Task<string?> DeleteAsync(IdentityRole role, CancellationToken ct)
    {
        if (RoleNames.IsAdministrator(role.Name)) return S["The Administrator role cannot be deleted."];
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // Its users lose the role (their other roles stay), then its claims go, then the role.
        var users = await db.Set<IdentityUserRole<string>>().Where(ur => ur.RoleId == role.Id).ExecuteDeleteAsync(ct);
        await db.Set<IdentityRoleClaim<string>>().Where(c => c.RoleId == role.Id).ExecuteDeleteAsync(ct);
        var result = await roles.DeleteAsync(role);
        if (!result.Succeeded) return string.Join(" ", result.Errors.Select(e => e.Description));
        await audit.RecordAsync(new AuditEvent(AuditEvents.Role, AuditEvents.RoleDeleted)
        {
            Subject = role.Name,
            Details = S["{0} users lost the role.", users],
        }, ct);
        await transaction.CommitAsync(ct);
        return null;
    }

    /// <summary>The role's permission claims, as stored.</summary>
    public async Task<IReadOnlySet<string>> PermissionsAsync(IdentityRole role, CancellationToken ct)
        => (await db.Set<IdentityRoleClaim<string>>().AsNoTracking()
                .Where(c => c.RoleId == role.Id && c.ClaimType == Permissions.ClaimType && c.ClaimValue != null)
                .Select(c => c.ClaimValue!).ToListAsync(ct))
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Makes the role hold exactly <paramref name="wanted"/> among <paramref name="known"/>: claims of
    /// other types and permissions this site no longer lists (a deleted type's) are kept. Compared with
    /// the rows as they are now, so two admins saving at once: the last one's choice stands.
    /// </summary>
    public async Task<PermissionChange> SavePermissionsAsync(IdentityRole role, IReadOnlySet<string> wanted, IReadOnlySet<string> known, CancellationToken ct)
    {
        var rows = await db.Set<IdentityRoleClaim<string>>()
            .Where(c => c.RoleId == role.Id && c.ClaimType == Permissions.ClaimType).ToListAsync(ct);
        var removedRows = rows.Where(r => r.ClaimValue is { } v && known.Contains(v) && !wanted.Contains(v)).ToList();
        var held = rows.Select(r => r.ClaimValue).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var added = wanted.Where(p => !held.Contains(p)).Order(StringComparer.Ordinal).ToList();
        var removed = removedRows.Select(r => r.ClaimValue!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (added.Count == 0 && removed.Count == 0) return new PermissionChange([], []);

        db.RemoveRange(removedRows);
        db.AddRange(added.Select(p => new IdentityRoleClaim<string> { RoleId = role.Id, ClaimType = Permissions.ClaimType, ClaimValue = p }));
        await db.SaveChangesAsync(ct);

        var change = new PermissionChange(added, removed);
        await audit.RecordAsync(new AuditEvent(AuditEvents.Role, AuditEvents.RolePermissionsChanged)
        {
            Subject = role.Name,
            Details = Describe(change),
        }, ct);
        return change;
    }

    private string Describe(PermissionChange change)
    {
        var parts = new List<string>();
        if (change.Added.Count > 0) parts.Add(S["Added: {0}", string.Join(", ", change.Added)]);
        if (change.Removed.Count > 0) parts.Add(S["Removed: {0}", string.Join(", ", change.Removed)]);
        return string.Join("; ", parts);
    }
}
