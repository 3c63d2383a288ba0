using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;
using UstaOrchard.Core.Caching;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;
using UstaOrchard.Core.Definitions;
using UstaOrchard.Core.Localization;
using UstaOrchard.Core.Media;
using UstaOrchard.Core.Recipes;
using UstaOrchard.Core.Recipes.Export;
using UstaOrchard.Core.Recipes.Export.Steps;
using UstaOrchard.Core.Recipes.Steps;
using UstaOrchard.Core.Recipes.Validation;
using UstaOrchard.Core.Security;
using UstaOrchard.Core.Settings;
using UstaOrchard.Core.Setup;

namespace UstaOrchard.Core;

public static class CoreServiceCollectionExtensions
{
    /// <summary>The content store, definitions, settings, recipes, setup and module strings.</summary>
    public static IServiceCollection AddUstaCore(this IServiceCollection services)
    {
        services.AddUstaData();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<JsonStringLocalizerFactory>();
        services.AddSingleton<IStringLocalizerFactory>(sp => sp.GetRequiredService<JsonStringLocalizerFactory>());
        services.TryAddTransient(typeof(IStringLocalizer<>), typeof(StringLocalizer<>));

        services.AddSingleton<IFileStore>(sp => new FileSystemStore(Path.Combine(sp.GetRequiredService<AppPaths>().DataPath, "Media")));
        services.AddSingleton<MediaPathMessages>();

        // Any permission name works as a policy; Administrators and implied permissions pass.
        services.AddSingleton<IAuthorizationHandler, PermissionHandler>();
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddHttpContextAccessor();
        services.TryAddSingleton<ICurrentUser, HttpCurrentUser>();
        services.TryAddScoped<Audit.IAuditTrail, Audit.NullAuditTrail>();
        services.AddScoped<Admin.AdminMenuService>();

        services.AddUstaCaching();

        services.AddScoped<ContentManager>();
        services.AddScoped<ContentIndexRebuilder>();
        services.AddScoped<ContentDefinitionManager>();
        services.AddScoped<SiteService>();
        services.AddScoped<SiteClock>();
        services.AddScoped<SettingsTabSaver>();

        services.AddSingleton<RecipeCatalog>();
        services.AddSingleton<RecipeExecutor>();
        services.AddScoped<RecipeScope>();
        services.AddScoped<SqliteRowInserter>();
        services.AddSingleton<StartupLock>();
        services.AddSingleton<SiteSetup>();
        services.AddRecipeStep<ContentDefinitionStep>();
        services.AddRecipeStep<ReplaceContentDefinitionStep>();
        services.AddRecipeStep<DeleteContentDefinitionStep>();
        services.AddRecipeStep<ContentStep>();
        services.AddRecipeStep<SettingsStep>();
        services.AddRecipeStep<RecipesStep>();
        services.AddRecipeValidation();
        services.AddScoped<RecipeExporter>();
        services.AddRecipeStepExporter<ContentDefinitionExporter>();
        services.AddRecipeStepExporter<SettingsExporter>();
        services.AddRecipeStepExporter<ContentExporter>();
        return services;
    }
}
