using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;
using UstaOrchard.Core.Modules;
using UstaOrchard.Core.Security;
using Usta.Contents.Editing;
using Usta.Contents.Editing.Drivers;
using Usta.Contents.Listing;
using Usta.Contents.Review;

namespace Usta.Contents;

public sealed class ContentsStartup : ModuleStartup
{
    public const string Id = "Usta.Contents";

    public override ModuleManifest Manifest { get; } = new(Id, "Common content");

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddDbModel<ContentsDbModel>();
        services.AddScoped<IDataMigration, Migrations>();
        services.AddSingleton(ContentLimits.From(configuration));
        // Limits first: no handler slugifies or indexes a text that is refused anyway.
        services.AddScoped<IContentHandler, ContentLimitsHandler>();
        // Title before Autoroute: a path made from the title needs the title as DisplayText.
        services.AddScoped<IContentHandler, TitlePartHandler>();
        services.AddScoped<IContentHandler, AutoroutePartHandler>();
        services.AddScoped<IContentHandler, CategoryIndexHandler>();
        services.AddScoped<IContentHandler, LinkIndexHandler>();
        services.AddDbModel<ListingDbModel>();
        services.AddScoped<IContentHandler, ContentListIndexHandler>();
        services.AddScoped<IContentHandler, ContentTermIndexHandler>();
        services.AddScoped<IContentHandler, ContentReviewCleanupHandler>();
        services.AddScoped<ContentListQuery>();
        services.AddScoped<ContentBulkActions>();
        services.AddScoped<IContentDisplayProvider, PageDisplayProvider>();
        services.AddScoped<ContentRoutes>();

        services.AddScoped<IPermissionProvider, ContentPermissionProvider>();
        services.AddScoped<ContentEditor>();
        services.AddScoped<IContentPartDriver, TitlePartDriver>();
        services.AddScoped<IContentFieldDriver, TextFieldDriver>();
        services.AddSingleton<ReservedPaths>();
    }

    public override void Configure(IEndpointRouteBuilder endpoints)
        => endpoints.ServiceProvider.GetRequiredService<ReservedPaths>().Watch(endpoints.DataSources);
}
