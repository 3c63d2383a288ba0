using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using UstaOrchard.Core.Caching;
using UstaOrchard.Core.Modules;

namespace Usta.Theme;

/// <summary>The site's one theme: layout, footer, error pages and CSS (screen and print).</summary>
public sealed class ThemeStartup : ModuleStartup
{
    public const string Id = "Usta.Theme";

    public override ModuleManifest Manifest { get; } = new(Id, "Association theme");

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
        => services.AddSingleton<IKeptBlock, SiteFooterBlock>();
}
