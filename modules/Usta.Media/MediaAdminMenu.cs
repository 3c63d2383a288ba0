using Microsoft.Extensions.Localization;
using Usta.Users;
using UstaOrchard.Core.Admin;

namespace Usta.Media;

public sealed class MediaAdminMenu(IStringLocalizer<MediaStartup> S) : IAdminMenuProvider
{
    public Task BuildAsync(AdminMenuItem root, CancellationToken ct)
    {
        root.Item(AdminMenuGroups.Library).Add("media", S["Media library"], "/Admin/Media", 0, Permissions.ManageMedia);
        return Task.CompletedTask;
    }
}
