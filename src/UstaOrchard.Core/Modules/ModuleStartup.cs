using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace UstaOrchard.Core.Modules;

/// <summary>
/// What a module is: a stable id, its name (English, like every key; a screen that lists modules
/// shows it through the module's strings) and the modules it needs.
/// </summary>
public sealed record ModuleManifest(string Id, string DisplayName, params string[] Dependencies);

/// <summary>
/// The one class a module gives the host (Orchard's Startup, simplified): its manifest,
/// its services and its endpoints. The host composes modules in dependency order.
/// </summary>
public abstract class ModuleStartup
{
    public abstract ModuleManifest Manifest { get; }

    /// <summary>Registers the module's services. Called once, in dependency order.</summary>
    public virtual void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    /// <summary>
    /// Adds the module's middleware to the request pipeline: after routing, authentication and
    /// authorization (the endpoint and the user are known), before the output cache answers.
    /// Called in dependency order.
    /// </summary>
    public virtual void ConfigurePipeline(IApplicationBuilder app)
    {
    }

    /// <summary>Maps the module's endpoints beyond its Razor Pages. Called in dependency order.</summary>
    public virtual void Configure(IEndpointRouteBuilder endpoints)
    {
    }
}
