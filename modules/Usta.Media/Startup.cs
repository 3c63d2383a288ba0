using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Usta.Contents;
using Usta.Media.Recipes;
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
    }
}
