using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Usta.AuditTrail.Content;
using Usta.AuditTrail.Recipes;
using Usta.AuditTrail.Records;
using Usta.AuditTrail.Retention;
using Usta.Users;
using UstaOrchard.Core.Admin;
using UstaOrchard.Core.Audit;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;
using UstaOrchard.Core.Modules;
using UstaOrchard.Core.Recipes;
using UstaOrchard.Core.Security;

namespace Usta.AuditTrail;

/// <summary>
/// Who did what, when and from where: content, sign-in, user, role, settings and recipe events in one
/// append-only table, listed for those who may view it, pruned after the retention.
/// </summary>
public sealed class AuditTrailStartup : ModuleStartup
{
    public const string Id = "Usta.AuditTrail";

    public override ModuleManifest Manifest { get; } = new(Id, "Audit trail", UsersStartup.Id);

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddDbModel<AuditTrailDbModel>();
        services.Replace(ServiceDescriptor.Scoped<IAuditTrail, AuditTrailService>());
        services.AddScoped<IContentHandler, AuditContentHandler>();
        services.AddSingleton<IRecipeAudit, RecipeAuditTrail>();
        services.AddSingleton<IPermissionProvider, AuditTrailPermissionProvider>();
        services.AddScoped<IAdminMenuProvider, AuditTrailAdminMenu>();
        services.AddSingleton<AuditTrailPruner>();
        services.AddHostedService<AuditTrailPruningService>();
        services.AddScoped<Listing.AuditTrailQuery>();
    }
}
