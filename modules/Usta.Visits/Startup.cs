using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Usta.Articles;
using Usta.Contents;
using Usta.Users;
using Usta.Visits.Counting;
using Usta.Visits.Display;
using Usta.Visits.Storage;
using UstaOrchard.Core.Caching;
using UstaOrchard.Core.Data;
using UstaOrchard.Core.Modules;
using UstaOrchard.Core.Settings;

namespace Usta.Visits;

/// <summary>"Lượt truy cập" (total, today, online now) and articles' "Lượt xem", counted in memory and flushed in the background.</summary>
public sealed class VisitsStartup : ModuleStartup
{
    public const string Id = "Usta.Visits";

    public override ModuleManifest Manifest { get; } = new(Id, "Visits", ContentsStartup.Id, ArticlesStartup.Id, UsersStartup.Id);

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddDbModel<VisitsDbModel>();
        services.AddSingleton(sp => VisitOptions.From(sp.GetRequiredService<IConfiguration>()));
        services.AddSingleton(VisitNodeId.New());
        services.AddSingleton<VisitCounters>();
        services.AddSingleton<VisitFigures>();
        services.AddSingleton<ArticleViewFigures>();
        services.AddSingleton<VisitSiteStateReader>();
        services.AddSingleton<ArticlePaths>();
        services.AddSingleton<ICacheEvictionHandler>(sp => sp.GetRequiredService<ArticlePaths>());
        services.AddScoped<VisitStore>();
        services.AddSingleton<VisitFlusher>();
        services.AddHostedService(sp => sp.GetRequiredService<VisitFlusher>());
        services.AddScoped<VisitSettingsCheck>();
        services.AddScoped<ISettingsSectionCheck>(sp => sp.GetRequiredService<VisitSettingsCheck>());
        services.AddScoped<UstaOrchard.Core.Admin.IAdminMenuProvider, VisitsAdminMenu>();
    }

    public override void ConfigurePipeline(IApplicationBuilder app) => app.UseMiddleware<VisitCountingMiddleware>();

    public override void Configure(IEndpointRouteBuilder endpoints)
        => endpoints.MapMethods(VisitsEndpoint.Route, [HttpMethods.Get, HttpMethods.Head], VisitsEndpoint.HandleAsync);
}
