using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace UstaOrchard.Core.Modules;

public static class ModuleHostingExtensions
{
    /// <summary>Orders the modules by dependency and lets each register its services.</summary>
    public static ModuleCatalog AddModules(this IServiceCollection services, IConfiguration configuration, params ModuleStartup[] modules)
    {
        var catalog = new ModuleCatalog(modules);
        services.AddSingleton(catalog);
        foreach (var module in catalog.Modules) module.ConfigureServices(services, configuration);
        return catalog;
    }

    /// <summary>The modules' middleware, in dependency order (see <see cref="ModuleStartup.ConfigurePipeline"/>).</summary>
    public static void UseModules(this IApplicationBuilder app)
    {
        var catalog = app.ApplicationServices.GetRequiredService<ModuleCatalog>();
        foreach (var module in catalog.Modules) module.ConfigurePipeline(app);
    }

    public static void MapModules(this IEndpointRouteBuilder endpoints)
    {
        var catalog = endpoints.ServiceProvider.GetRequiredService<ModuleCatalog>();
        foreach (var module in catalog.Modules) module.Configure(endpoints);
    }
}
