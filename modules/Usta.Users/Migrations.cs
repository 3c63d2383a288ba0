using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using UstaOrchard.Core.Data;
using UstaOrchard.Core.Security;

namespace Usta.Users;

/// <summary>
/// Version 1: the login decoy's row. Version 2 (issue 7): roles of sites made before Orchard's content
/// permissions get them: the old ManageContent becomes what its role did with it, Editors get the media
/// library, and the Contributor role is added. Version 3 (issue 11): users can be disabled and made to
/// change an initial password. Version 4: display names get their folded search key.
/// </summary>
public sealed class Migrations(UstaDbContext db, SchemaBuilder schema) : IDataMigration
{
    private const string OldManageContent = "ManageContent";
    private const string Editor = "Editor";
    private const string Contributor = "Contributor";

    public string ModuleId => UsersStartup.Id;
    public int Version => 4;

    public async Task MigrateAsync(int fromVersion, CancellationToken ct)
    {
        if (fromVersion < 1) db.Set<LoginDecoy>().Add(new LoginDecoy());
        // A new site has no roles yet: its setup recipe writes them with today's permissions.
        if (fromVersion is >= 1 and < 2) await MapOldPermissionsAsync(ct);
        if (fromVersion is >= 1 and < 3)
        {
            await schema.AddColumnAsync("Users", nameof(UstaUser.IsDisabled), typeof(bool), nullable: false, defaultValue: false, ct: ct);
            await schema.AddColumnAsync("Users", nameof(UstaUser.MustChangePassword), typeof(bool), nullable: false, defaultValue: false, ct: ct);
        }
        if (fromVersion is >= 1 and < 4) await AddDisplayNameKeysAsync(ct);
    }

    private async Task AddDisplayNameKeysAsync(CancellationToken ct)
    {
        // No length: composing (NFC) can make a name longer than the 256 its column allows.
        await schema.AddColumnAsync("Users", nameof(UstaUser.DisplayNameKey), typeof(string), ct: ct);
        foreach (var user in await db.Set<UstaUser>().Where(u => u.DisplayName != null).ToListAsync(ct))
            user.DisplayName = user.DisplayName;
        await db.SaveChangesAsync(ct);
    }

    private async Task MapOldPermissionsAsync(CancellationToken ct)
    {
        var roles = await db.Set<IdentityRole>().ToListAsync(ct);
        var claims = await db.Set<IdentityRoleClaim<string>>().Where(c => c.ClaimType == Permissions.ClaimType).ToListAsync(ct);
        foreach (var role in roles)
        {
            var held = claims.Where(c => c.RoleId == role.Id).ToList();
            var names = held.Select(c => c.ClaimValue ?? "").ToHashSet(StringComparer.Ordinal);
            var wanted = new HashSet<string>(names, StringComparer.Ordinal);
            if (wanted.Remove(OldManageContent))
            {
                // With the right to publish, ManageContent was an editor's: everyone's content.
                // Alone, it was an author's: their own items, sent for review.
                if (names.Contains(ContentPermissions.PublishContent)) wanted.UnionWith([ContentPermissions.PublishContent, ContentPermissions.DeleteContent]);
                else wanted.UnionWith([ContentPermissions.EditOwnContent, ContentPermissions.SubmitOwnContent, ContentPermissions.DeleteOwnContent]);
            }
            if (role.Name == Editor && wanted.Contains(ContentPermissions.PublishContent)) wanted.Add(Permissions.ManageMedia);
            Replace(role.Id, held, wanted);
        }

        if (roles.All(r => r.Name != Contributor))
        {
            var role = new IdentityRole(Contributor) { NormalizedName = Contributor.ToUpperInvariant() };
            db.Add(role);
            Replace(role.Id, [], [Permissions.AccessAdminPanel, ContentPermissions.EditOwnContent]);
        }
        await db.SaveChangesAsync(ct);
    }

    private void Replace(string roleId, List<IdentityRoleClaim<string>> held, IEnumerable<string> wanted)
    {
        var keep = wanted.ToHashSet(StringComparer.Ordinal);
        foreach (var claim in held.Where(c => !keep.Contains(c.ClaimValue ?? ""))) db.Remove(claim);
        foreach (var name in keep.Where(n => held.All(c => c.ClaimValue != n)))
        {
            var claim = new IdentityRoleClaim<string> { RoleId = roleId };
            claim.InitializeFromClaim(new Claim(Permissions.ClaimType, name));
            db.Add(claim);
        }
    }
}
