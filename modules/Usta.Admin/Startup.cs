using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Usta.Contents;
using Usta.Users;
using UstaOrchard.Core.Modules;

namespace Usta.Admin;

public sealed class AdminStartup : ModuleStartup
{
    public const string Id = "Usta.Admin";

    public override ModuleManifest Manifest { get; } = new(Id, "Administration", ContentsStartup.Id, UsersStartup.Id);

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<UstaOrchard.Core.Admin.IAdminMenuProvider, Navigation.AdminGroupsMenu>();
        services.AddScoped<UstaOrchard.Core.Admin.IAdminMenuProvider, Settings.SettingsAdminMenu>();
        services.AddScoped<Settings.SiteTimeZones>();
        services.Configure<RazorPagesOptions>(options => options.Conventions.Add(new AdminPageConvention()));
        services.AddScoped<DashboardQueries>();
        services.AddScoped<DashboardLists>();
    }
}
