using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Usta.Articles;
using Usta.Bulletins;
using Usta.Contents;
using Usta.Users;
using Usta.Search.Box;
using Usta.Search.Indexing;
using UstaOrchard.Core.Contents;
using Usta.Search.Recipes;
using Usta.Search.Querying;
using UstaOrchard.Core.Data;
using UstaOrchard.Core.Modules;
using UstaOrchard.Core.Recipes;
using UstaOrchard.Core.Recipes.Export;
using UstaOrchard.Core.Security;
using UstaOrchard.Core.Settings;

namespace Usta.Search;

public sealed class SearchStartup : ModuleStartup
{
    public const string Id = "Usta.Search";

    public override ModuleManifest Manifest { get; } = new(Id, "Search", ContentsStartup.Id, ArticlesStartup.Id, BulletinsStartup.Id, UsersStartup.Id);

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<UstaOrchard.Core.Admin.IAdminMenuProvider, SearchAdminMenu>();
        services.AddDbModel<SearchDbModel>();
        services.AddSingleton<UstaOrchard.Core.Caching.IKeptBlock, Box.SearchBoxBlock>();
        services.AddScoped<IDataMigration, Migrations>();
        services.AddScoped<SearchIndexManager>();
        services.AddScoped<SearchIndexStatusReader>();
        services.AddSingleton(sp => SearchOptions.From(configuration, sp.GetRequiredService<AppPaths>()));
        services.AddSingleton<SearchIndexStore>();
        services.AddScoped<SearchDocumentBuilder>();
        services.AddScoped<SearchIndexRebuilder>();
        services.AddSingleton<LocalIndexFolders>();
        services.AddSingleton<SearchIndexingSignal>();
        services.AddSingleton<SearchIndexSyncState>();
        services.AddScoped<IContentHandler, SearchIndexingTaskHandler>();
        services.AddScoped<SearchIndexSync>();
        services.AddScoped<SearchNodeReporter>();
        services.AddScoped<SearchTaskPruner>();
        services.AddHostedService<SearchIndexingWorker>();
        services.AddSingleton<IPermissionProvider, SearchPermissionProvider>();
        services.AddRecipeStep<LuceneIndexStep>();
        services.AddRecipeStepExporter<LuceneIndexExporter>();
        services.AddScoped<SearchSettingsCheck>();
        services.AddScoped<ISettingsSectionCheck>(sp => sp.GetRequiredService<SearchSettingsCheck>());
        services.AddScoped<UstaOrchard.Core.Admin.IAdminMenuProvider, SearchSettingsAdminMenu>();
        services.AddScoped<SearchRebuildCommand>();
        services.AddScoped<SearchFilterOptionsLoader>();
        services.AddScoped<SearchService>();
    }

    public override void Configure(IEndpointRouteBuilder endpoints)
        => endpoints.MapMethods(SuggestEndpoint.Route, [HttpMethods.Get, HttpMethods.Head], SuggestEndpoint.HandleAsync);
}
