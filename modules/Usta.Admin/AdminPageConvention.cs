using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Usta.Users;

namespace Usta.Admin;

/// <summary>
/// Every Razor Page in an <c>Admin</c> folder of any module (<c>Areas/Usta.X/Pages/Admin/…</c>)
/// requires the admin policy: a module cannot forget to protect an admin screen.
/// </summary>
public sealed class AdminPageConvention : IPageApplicationModelConvention
{
    public void Apply(PageApplicationModel model)
    {
        var path = model.ViewEnginePath;
        if (path.StartsWith("/Admin/", StringComparison.OrdinalIgnoreCase))
            model.EndpointMetadata.Add(new AuthorizeAttribute(Permissions.AdminPolicy));
    }
}
