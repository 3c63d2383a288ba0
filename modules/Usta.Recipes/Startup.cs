using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Usta.Contents;
using Usta.Media;
using Usta.Recipes.History;
using Usta.Recipes.Runs;
using Usta.Recipes.Uploads;
using Usta.Users;
using UstaOrchard.Core.Data;
using UstaOrchard.Core.Modules;
using UstaOrchard.Core.Recipes;

namespace Usta.Recipes;

/// <summary>
/// The operator's screens: the recipes a site knows and uploaded ones, previewed then applied; exports
/// of the site as a recipe (with its media) for moving content and for backups; the history of both.
/// </summary>
public sealed class RecipesStartup : ModuleStartup
{
    public const string Id = "Usta.Recipes";

    /// <summary>The policy of every page and handler here (Administrators only by default).</summary>
    public const string ApplyRecipesPolicy = Permissions.ApplyRecipes;

    public override ModuleManifest Manifest { get; } = new(Id, "Recipes", ContentsStartup.Id, UsersStartup.Id, MediaStartup.Id);

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<UstaOrchard.Core.Admin.IAdminMenuProvider, RecipesAdminMenu>();
        services.AddDbModel<RecipesDbModel>();
        services.AddSingleton<RecipeHistory>();
        services.AddSingleton<IRecipeAudit>(sp => sp.GetRequiredService<RecipeHistory>());
        services.AddSingleton(sp => RecipeUploadOptions.From(sp.GetRequiredService<IConfiguration>()));
        services.AddSingleton<RecipeUploads>();
        services.AddSingleton<RecipeRuns>();
        services.AddHostedService<RecipeUploadCleanup>();
        services.AddScoped<RecipePreviewer>();
    }
}
