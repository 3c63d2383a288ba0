using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Usta.Articles.Feeds;
using Usta.Contents;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;
using UstaOrchard.Core.Modules;

namespace Usta.Articles;

public sealed class ArticlesStartup : ModuleStartup
{
    public const string Id = "Usta.Articles";
    public const string ContentType = "Article";

    public override ModuleManifest Manifest { get; } = new(Id, "Articles", ContentsStartup.Id);

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddDbModel<ArticlesDbModel>();
        services.AddScoped<IDataMigration, Migrations>();
        services.AddScoped<IContentHandler, ArticleIndexHandler>();
        services.AddScoped<IContentHandler, ArticleCategoryIndexHandler>();
        services.AddScoped<IContentDisplayProvider, ArticleDisplayProvider>();
        services.AddScoped<IContentDisplayProvider, CategoryDisplayProvider>();
        services.AddScoped<ArticleQueries>();
        services.AddScoped<UstaOrchard.Core.Caching.ICacheTagSource, ArticleCacheTags>();
        services.AddScoped<Calendar.ArticleDays>();
        services.AddScoped<Reader.CategoryTrail>();
        services.AddScoped<Reader.ReaderExtrasBuilder>();
        services.AddScoped<FeedQueries>();
        services.AddScoped<RssFeedWriter>();
    }

    public override void Configure(IEndpointRouteBuilder endpoints) => endpoints.MapFeeds();
}
