using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace UstaOrchard.Core.Security;

/// <summary>Needs the permission <paramref name="Name"/>, held directly or through one that implies it.</summary>
public sealed record PermissionRequirement(string Name) : IAuthorizationRequirement;

/// <summary>
/// Succeeds when the user is an Administrator or holds a permission claim that grants the
/// requirement (<see cref="ContentPermissions.Grants"/>). Role claims reach the principal when it
/// is built at sign-in and on every security-stamp refresh.
/// </summary>
public sealed class PermissionHandler : AuthorizationHandler<PermissionRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (context.User.HasPermission(requirement.Name)) context.Succeed(requirement);
        return Task.CompletedTask;
    }
}

public static class PermissionPrincipalExtensions
{
    public static bool HasPermission(this ClaimsPrincipal user, string permission)
    {
        if (user.Identity?.IsAuthenticated != true) return false;
        if (user.IsInRole(PermissionClaims.AdministratorRole)) return true;
        foreach (var claim in user.FindAll(PermissionClaims.ClaimType))
        {
            if (ContentPermissions.Grants(claim.Value, permission)) return true;
        }
        return false;
    }
}

/// <summary>
/// Every permission name is also a policy (<c>[Authorize(Policy = "ManageMedia")]</c>,
/// <c>RequireAuthorization("EditContent")</c>); policies registered by name keep their own rules.
/// </summary>
public sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
{
    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
        => await base.GetPolicyAsync(policyName)
           ?? new AuthorizationPolicyBuilder().RequireAuthenticatedUser().AddRequirements(new PermissionRequirement(policyName)).Build();
}
