using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Usta.Contents;
using Usta.Media.Library;
using Usta.Media.References;
using Usta.Media.Uploads;
using Usta.Users;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;
using UstaOrchard.Core.Modules;

namespace Usta.Media;

public sealed class MediaStartup : ModuleStartup
{
    public const string Id = "Usta.Media";

    /// <summary>The policy of the library's pages, its upload endpoint and the picker.</summary>
    public const string ManageMediaPolicy = Permissions.ManageMedia;

    public override ModuleManifest Manifest { get; } = new(Id, "Media", ContentsStartup.Id, UsersStartup.Id);

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<MediaChanges>();
        services.AddOptions<MediaOptions>().Bind(configuration.GetSection(MediaOptions.Section));
        services.AddDbModel<MediaDbModel>();
        services.AddScoped<IDataMigration, Migrations>();
        services.AddScoped<IMediaChangeHandler, MediaLibraryIndexHandler>();
        services.AddScoped<IMediaChangeHandler, MediaReferenceMover>();
        services.AddScoped<IContentHandler, MediaReferenceHandler>();
        services.AddScoped<MediaUses>();
        services.AddScoped<MediaLibrary>();
        services.AddScoped<MediaQueries>();
        services.AddScoped<MediaUploader>();
        services.AddScoped<Picker.MediaFieldRules>();

        services.AddAuthorizationBuilder().AddPolicy(ManageMediaPolicy, policy => policy
            .RequireAuthenticatedUser()
            .RequireAssertion(context => context.User.IsInRole(Permissions.AdministratorRole)
                                         || context.User.HasClaim(Permissions.ClaimType, Permissions.ManageMedia)));
        services.Configure<RazorPagesOptions>(options => options.Conventions.AuthorizeAreaFolder(Id, "/Admin/Media", ManageMediaPolicy));
    }

    public override void Configure(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(UploadEndpoint.Route, UploadEndpoint.HandleAsync).RequireAuthorization(ManageMediaPolicy);
    }
}
