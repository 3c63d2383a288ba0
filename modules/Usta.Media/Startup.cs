using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Usta.Contents;
using Usta.Media.Recipes;
using Usta.Media.Images;
using Usta.Media.Serving;
using Usta.Users;
using UstaOrchard.Core.Modules;
using UstaOrchard.Core.Recipes;

namespace Usta.Media;

public sealed class MediaStartup : ModuleStartup
{
    public const string Id = "Usta.Media";

    public override ModuleManifest Manifest { get; } = new(Id, "Media", ContentsStartup.Id, UsersStartup.Id);

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<MediaChanges>();
        services.TryAddSingleton<RecipeMediaRules>();
        services.AddRecipeStep<MediaStep>();
        services.AddSingleton(MediaOptions.From(configuration));
        services.AddSingleton<MediaFacts>();
        services.AddSingleton<ImageDerivatives>();
        services.AddSingleton<MediaFileServer>();
        services.AddScoped<IMediaChangeHandler, DerivativeCacheHandler>();
        services.AddScoped<MediaUrls>();
        services.AddScoped<MediaBodyImages>();
    }

    public override void Configure(IEndpointRouteBuilder endpoints)
    {
        // GET and HEAD only; other methods get the site's 405 page. The route reserves "media" for
        // Autoroute too (ReservedPaths reads a catch-all route's literal prefix).
        endpoints.MapMethods(MediaFileServer.Prefix + "/{**path}", [HttpMethods.Get, HttpMethods.Head],
            (HttpContext context, string? path, MediaFileServer server) => server.ServeAsync(context, path));
    }
}
