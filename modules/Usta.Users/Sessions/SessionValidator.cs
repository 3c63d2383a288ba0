using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using UstaOrchard.Core.Data;
using UstaOrchard.Core.Security;

namespace Usta.Users.Sessions;

/// <summary>
/// Checks every signed-in request against the database, in place of Identity's security-stamp check
/// (which looks every 30 minutes): a disabled user, or one whose stamp changed (new password, disabled
/// and re-enabled, signed out everywhere), is signed out on their next request, on any node; and the
/// roles and permissions in the principal are read afresh, so a permission taken from a role counts
/// from the next request of every user who holds it. Two small indexed queries, no cookie rewrite.
/// </summary>
public sealed class SessionValidator(UstaDbContext db, IOptions<IdentityOptions> identity)
{
    public static Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        // A static or media file answers everyone alike: not checked, and served as to anyone, so an
        // unchecked user reaches nothing (an error page re-executed for it included) and the cookie
        // is not renewed by a revoked session's requests for files.
        if (context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<PublicResource>() is not null)
        {
            context.RejectPrincipal();
            return Task.CompletedTask;
        }
        return context.HttpContext.RequestServices.GetRequiredService<SessionValidator>().ValidateCoreAsync(context);
    }

    private async Task ValidateCoreAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var claims = identity.Value.ClaimsIdentity;
        var userId = principal?.FindFirstValue(claims.UserIdClaimType);
        var stamp = principal?.FindFirstValue(claims.SecurityStampClaimType);
        if (principal?.Identity is not ClaimsIdentity current || userId is null)
        {
            await RejectAsync(context);
            return;
        }

        var ct = context.HttpContext.RequestAborted;
        var user = await db.Set<UstaUser>().AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.SecurityStamp, u.IsDisabled, u.UserName, u.TwoFactorEnabled, u.MustChangePassword })
            .FirstOrDefaultAsync(ct);
        if (user is null || user.IsDisabled || !string.Equals(user.SecurityStamp, stamp, StringComparison.Ordinal))
        {
            await RejectAsync(context);
            return;
        }

        var rows = await (
                from userRole in db.Set<IdentityUserRole<string>>()
                where userRole.UserId == userId
                join role in db.Set<IdentityRole>() on userRole.RoleId equals role.Id
                join claim in db.Set<IdentityRoleClaim<string>>().Where(c => c.ClaimType == Permissions.ClaimType)
                    on role.Id equals claim.RoleId into held
                from claim in held.DefaultIfEmpty()
                select new { role.Name, Permission = claim == null ? null : claim.ClaimValue })
            .AsNoTracking().ToListAsync(ct);

        // Everything the cookie says but roles and permissions, which come from the rows just read.
        var fresh = new ClaimsIdentity(current.AuthenticationType, claims.UserNameClaimType, claims.RoleClaimType);
        fresh.AddClaims(current.Claims.Where(c => c.Type != claims.RoleClaimType && c.Type != Permissions.ClaimType && c.Type != claims.UserNameClaimType
            && c.Type != AccountRequirementsFilter.MustChangePasswordClaim && c.Type != AccountRequirementsFilter.TwoFactorEnabledClaim));
        fresh.AddClaim(new Claim(claims.UserNameClaimType, user.UserName ?? ""));
        // What AccountRequirementsFilter enforces, from the row just read: no third query.
        if (user.MustChangePassword) fresh.AddClaim(new Claim(AccountRequirementsFilter.MustChangePasswordClaim, "true"));
        if (user.TwoFactorEnabled) fresh.AddClaim(new Claim(AccountRequirementsFilter.TwoFactorEnabledClaim, "true"));
        foreach (var name in rows.Select(r => r.Name).OfType<string>().Distinct(StringComparer.Ordinal))
            fresh.AddClaim(new Claim(claims.RoleClaimType, name));
        foreach (var permission in rows.Select(r => r.Permission).OfType<string>().Distinct(StringComparer.Ordinal))
            fresh.AddClaim(new Claim(Permissions.ClaimType, permission));
        context.ReplacePrincipal(new ClaimsPrincipal(fresh));
    }

    private static async Task RejectAsync(CookieValidatePrincipalContext context)
    {
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }
}
