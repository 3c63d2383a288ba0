using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;
using UstaOrchard.Core.Data;

namespace Usta.Users.Sessions;

/// <summary>
/// A user whose password an administrator gave (<see cref="UstaUser.MustChangePassword"/>) is sent to
/// the page where they choose their own from every admin page, until they have: someone else knows
/// the password they signed in with.
/// </summary>
public sealed class MustChangePasswordFilter(UstaDbContext db, UserManager<UstaUser> users) : IAsyncPageFilter
{
    public const string PasswordPage = "/Admin/Account/Password";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var request = context.HttpContext.Request;
        if (context.HttpContext.User.Identity?.IsAuthenticated == true
            && request.Path.StartsWithSegments("/Admin", StringComparison.OrdinalIgnoreCase)
            && !request.Path.StartsWithSegments(PasswordPage, StringComparison.OrdinalIgnoreCase)
            && users.GetUserId(context.HttpContext.User) is { } id
            && await db.Set<UstaUser>().AsNoTracking().AnyAsync(u => u.Id == id && u.MustChangePassword, context.HttpContext.RequestAborted))
        {
            context.Result = new RedirectResult(PasswordPage);
            return;
        }
        await next();
    }
}
