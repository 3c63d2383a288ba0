using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Usta.Contents;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;
using UstaOrchard.Core.Modules;

namespace Usta.Bulletins;

public sealed class BulletinsStartup : ModuleStartup
{
    public const string Id = "Usta.Bulletins";
    public const string ContentType = "Bulletin";

    public override ModuleManifest Manifest { get; } = new(Id, "Bulletins", ContentsStartup.Id);

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddDbModel<BulletinsDbModel>();
        services.AddSingleton<UstaOrchard.Core.Caching.IKeptBlock, LatestBulletinsBlock>();
        services.AddScoped<IDataMigration, Migrations>();
        services.AddScoped<IContentHandler, BulletinIndexHandler>();
        services.AddSingleton<IAutoroutePathProvider, BulletinPathProvider>();
        services.AddScoped<IContentDisplayProvider, BulletinDisplayProvider>();
        services.AddScoped<BulletinQueries>();
        services.AddScoped<Usta.Contents.Editing.IContentPartDriver, Editing.BulletinPartDriver>();
    }
}
