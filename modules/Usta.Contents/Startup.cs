using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;
using UstaOrchard.Core.Modules;
using UstaOrchard.Core.Security;
using UstaOrchard.Core.Recipes;
using UstaOrchard.Core.Recipes.Export;
using Usta.Contents.Editing;
using Usta.Contents.Editing.Drivers;
using Usta.Contents.Html;
using Usta.Contents.Scheduling;
using Usta.Contents.Versions;
using Usta.Contents.Listing;
using Usta.Contents.Lists;
using Usta.Contents.Taxonomies;
using Usta.Contents.Review;
using Usta.Contents.Sitemap;

namespace Usta.Contents;

public sealed class ContentsStartup : ModuleStartup
{
    public const string Id = "Usta.Contents";

    public override ModuleManifest Manifest { get; } = new(Id, "Common content");

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<UstaOrchard.Core.Admin.IAdminMenuProvider, ContentsAdminMenu>();
        services.AddDbModel<ContentsDbModel>();
        services.AddSingleton<UstaOrchard.Core.Caching.IKeptBlock, WebsiteLinksBlock>();
        services.AddSingleton<UstaOrchard.Core.Caching.IKeptBlock, Menus.MainMenuBlock>();
        services.AddScoped<IDataMigration, Migrations>();
        services.AddSingleton(ContentLimits.From(configuration));
        // Limits first: no handler slugifies or indexes a text that is refused anyway.
        services.AddScoped<IContentHandler, ContentLimitsHandler>();
        // Then HTML is cleaned, before any handler reads a body (search, media references).
        services.AddSingleton(HtmlContentOptions.From(configuration));
        services.AddSingleton<ContentHtmlSanitizer>();
        services.AddSingleton<IContentPreparer, HtmlContentPreparer>();
        services.AddScoped<IContentHandler, HtmlSanitizingHandler>();
        // Title before Autoroute: a path made from the title needs the title as DisplayText.
        services.AddScoped<IContentHandler, TitlePartHandler>();
        services.AddScoped<IContentHandler, AutoroutePartHandler>();
        services.AddScoped<IContentHandler, Redirects.AutorouteRedirectHandler>();
        services.AddScoped<IContentHandler, CategoryIndexHandler>();
        services.AddScoped<IContentHandler, LinkIndexHandler>();
        services.AddScoped<UstaOrchard.Core.Caching.ICacheTagSource, CategoryCacheTags>();
        services.AddScoped<UstaOrchard.Core.Caching.ICacheTagSource, LinkGroupCacheTags>();
        services.AddScoped<Menus.MainMenu>();
        services.AddScoped<UstaOrchard.Core.Admin.IAdminMenuProvider, Menus.MenuAdminMenu>();
        services.AddScoped<UstaOrchard.Core.Caching.ICacheTagSource, Menus.MenuCacheTags>();
        services.AddScoped<IContentPartDriver, Menus.MenuItemsListPartDriver>();
        services.AddScoped<IContentPartDriver, LinkGroupPartDriver>();
        services.AddDbModel<ListingDbModel>();
        services.AddScoped<IContentHandler, ContentListIndexHandler>();
        services.AddScoped<IContentHandler, ContentTermIndexHandler>();
        services.AddScoped<IContentHandler, ContentReviewCleanupHandler>();
        services.AddScoped<ContentListQuery>();
        services.AddScoped<ContentBulkActions>();
        services.AddScoped<IContentDisplayProvider, PageDisplayProvider>();
        services.AddScoped<ContentRoutes>();
        services.AddScoped<PublishedCategories>();
        services.AddScoped<ContentDisplayBuilder>();
        services.AddScoped<ItemPages>();

        services.AddScoped<IPermissionProvider, ContentPermissionProvider>();
        services.AddScoped<ContentEditor>();
        services.AddScoped<IContentPartDriver, TitlePartDriver>();
        services.AddScoped<IContentPartDriver, AutoroutePartDriver>();
        services.AddScoped<IContentPartDriver, HtmlBodyPartDriver>();
        services.AddScoped<IContentPartDriver, MarkdownBodyPartDriver>();
        services.AddScoped<IContentPartDriver, CategoryPartDriver>();
        services.AddScoped<IContentPartDriver, LinkPartDriver>();
        services.AddScoped<IContentFieldDriver, TextFieldDriver>();
        services.AddScoped<IContentFieldDriver, BooleanFieldDriver>();
        services.AddScoped<IContentFieldDriver, NumericFieldDriver>();
        services.AddScoped<IContentFieldDriver, DateFieldDriver>();
        services.AddScoped<IContentFieldDriver, DateTimeFieldDriver>();
        services.AddScoped<IContentFieldDriver, LinkFieldDriver>();
        services.AddScoped<IContentFieldDriver, HtmlFieldDriver>();
        services.AddScoped<IContentFieldDriver, MarkdownFieldDriver>();
        services.AddScoped<ContentPickerSearch>();
        // Concrete too: BulletinPart's editor binds its article list through it.
        services.AddScoped<ContentPickerFieldDriver>();
        services.AddScoped<IContentFieldDriver>(sp => sp.GetRequiredService<ContentPickerFieldDriver>());
        services.AddScoped<CategoryTree>();
        services.AddScoped<IContentFieldDriver, TaxonomyFieldDriver>();
        // Orchard's lists and taxonomies, for types that recipes written for Orchard define.
        services.AddDbModel<ListsDbModel>();
        services.AddScoped<IContentHandler, ContainedIndexHandler>();
        services.AddScoped<UstaOrchard.Core.Caching.ICacheTagSource, ContainedCacheTags>();
        services.AddScoped<IContentPartDriver, ListPartDriver>();
        services.AddScoped<IContentPartDriver, ContainedPartDriver>();
        services.AddScoped<IContentPartDriver, TaxonomyPartDriver>();
        services.AddScoped<TaxonomyTermNames>();
        services.AddSingleton<ReservedPaths>();

        services.AddScoped<IPublishScheduler, PublishScheduler>();
        services.AddScoped<IContentHandler, ScheduleCancellationHandler>();
        services.AddSingleton(SchedulerOptions.From(configuration));
        services.AddSingleton<ScheduledPublisher>();
        services.AddHostedService<ScheduledPublishingService>();
        services.AddRecipeStep<ScheduledPublicationsStep>();
        services.AddRecipeStepExporter<ScheduledPublicationsExporter>();

        services.AddScoped<IContentHandler, PublicationIntervalHandler>();
        services.AddScoped<VersionHistory>();

        services.AddSingleton<SitemapOptions>();
        services.AddScoped<SitemapQueries>();
    }

    public override void Configure(IEndpointRouteBuilder endpoints)
    {
        endpoints.ServiceProvider.GetRequiredService<ReservedPaths>().Watch(endpoints.DataSources);
        endpoints.MapSitemap();
    }
}
