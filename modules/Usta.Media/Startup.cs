using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Usta.Contents;
using Usta.Media.Recipes;
using Usta.Media.Images;
using Usta.Media.Serving;
using Usta.Media.Library;
using Usta.Media.References;
using Usta.Media.Uploads;
using Usta.Users;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;
using UstaOrchard.Core.Modules;
using UstaOrchard.Core.Recipes;
using UstaOrchard.Core.Recipes.Validation;
using UstaOrchard.Core.Recipes.Export;
using UstaOrchard.Core.Security;

namespace Usta.Media;

public sealed class MediaStartup : ModuleStartup
{
    public const string Id = "Usta.Media";

    /// <summary>The policy of the library's pages, its upload endpoint and the picker.</summary>
    public const string ManageMediaPolicy = Permissions.ManageMedia;

    public override ModuleManifest Manifest { get; } = new(Id, "Media", ContentsStartup.Id, UsersStartup.Id);

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<UstaOrchard.Core.Admin.IAdminMenuProvider, MediaAdminMenu>();
        services.AddScoped<MediaChanges>();
        services.TryAddSingleton<RecipeMediaRules>();
        services.AddRecipeStep<MediaStep>();
        services.AddRecipeStepValidator<MediaStepValidator>();
        services.AddRecipeStepExporter<MediaExporter>();
        services.AddSingleton<MediaFacts>();
        services.AddSingleton<ImageDerivatives>();
        services.AddSingleton<MediaFileServer>();
        services.AddScoped<IMediaChangeHandler, DerivativeCacheHandler>();
        services.AddScoped<MediaUrls>();
        services.AddScoped<MediaBodyImages>();
        services.AddOptions<MediaOptions>().Bind(configuration.GetSection(MediaOptions.Section)).PostConfigure(o => o.Clamp());
        services.AddSingleton(sp => sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<MediaOptions>>().Value);
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
        services.AddScoped<Usta.Contents.Editing.IContentFieldDriver, Editing.MediaFieldDriver>();

        // ManageMediaPolicy is the permission's name: Core's permission policy provider serves it.
        services.Configure<RazorPagesOptions>(options => options.Conventions.AuthorizeAreaFolder(Id, "/Admin/Media", ManageMediaPolicy));
    }

    public override void Configure(IEndpointRouteBuilder endpoints)
    {
        // GET and HEAD only; other methods get the site's 405 page. The route reserves "media" for
        // Autoroute too (ReservedPaths reads a catch-all route's literal prefix).
        endpoints.MapMethods(MediaFileServer.Prefix + "/{**path}", [HttpMethods.Get, HttpMethods.Head],
            (HttpContext context, string? path, MediaFileServer server) => server.ServeAsync(context, path))
            .WithMetadata(PublicResource.Metadata);
        endpoints.MapPost(UploadEndpoint.Route, UploadEndpoint.HandleAsync).RequireAuthorization(Permissions.AdminPolicy, ManageMediaPolicy)
            .AddEndpointFilter<Usta.Users.Sessions.AccountRequirementsEndpointFilter>();
    }
}
