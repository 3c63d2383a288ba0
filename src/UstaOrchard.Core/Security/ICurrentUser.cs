using Microsoft.AspNetCore.Http;

namespace UstaOrchard.Core.Security;

/// <summary>
/// Who is acting, for what the store records (a version's <c>ModifiedBy</c>): the signed-in user of
/// the request, or null for recipes, background jobs and the command line.
/// </summary>
public interface ICurrentUser
{
    string? Name { get; }
}

public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    public string? Name => accessor.HttpContext?.User.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name } ? name : null;
}
