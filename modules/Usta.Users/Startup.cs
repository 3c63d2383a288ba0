using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using UstaOrchard.Core.Data;
using UstaOrchard.Core.Modules;
using UstaOrchard.Core.Recipes;
using UstaOrchard.Core.Recipes.Validation;
using UstaOrchard.Core.Recipes.Export;
using UstaOrchard.Core.Security;

namespace Usta.Users;

public sealed class UsersStartup : ModuleStartup
{
    public const string Id = "Usta.Users";
    public const string LoginPath = "/dang-nhap";
    public const string LogoutPath = "/dang-xuat";
    public const string AccessDeniedPath = "/khong-co-quyen";

    public override ModuleManifest Manifest { get; } = new(Id, "Users and login");

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddDbModel<UsersDbModel>();
        services.AddIdentity<UstaUser, IdentityRole>()
            .AddEntityFrameworkStores<UstaDbContext>()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>()
            .AddSignInManager<Sessions.UstaSignInManager>()
            .AddPasswordValidator<Passwords.PasswordRulesValidator>()
            .AddDefaultTokenProviders();

        // Read when first needed, so that every configuration source (tests' too) is in.
        services.AddOptions<IdentityOptions>().Configure<IConfiguration>((options, config) =>
        {
            options.Lockout.AllowedForNewUsers = true;
            options.Lockout.MaxFailedAccessAttempts = config.GetValue("Users:MaxFailedAccessAttempts", 5);
            options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(config.GetValue("Users:LockoutMinutes", 15));
            // The length is the site's rule (UserSecuritySettings), checked and explained by PasswordRulesValidator alone.
            options.Password.RequiredLength = 1;
            options.User.RequireUniqueEmail = false;
        });

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "usta.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax;
            options.LoginPath = LoginPath;
            options.LogoutPath = LogoutPath;
            options.AccessDeniedPath = AccessDeniedPath;
            options.ReturnUrlParameter = "ReturnUrl";
            options.SlidingExpiration = true;
            // Every request, not Identity's every 30 minutes: disabling a user and taking a permission count at once.
            options.Events.OnValidatePrincipal = Sessions.SessionValidator.ValidateAsync;
            // A signed-in user without the permission gets 403 where they are (the site's Vietnamese
            // status page), not a redirect that turns a refused POST into a GET of another page.
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = Microsoft.AspNetCore.Http.StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });

        services.AddScoped<PasswordSignIn>();
        services.AddScoped<Administration.UserAdministration>();
        services.AddScoped<Administration.UserCreation>();
        services.AddScoped<Administration.Invitations>();
        services.AddScoped<UstaOrchard.Core.Admin.IAdminMenuProvider, UsersAdminMenu>();
        services.AddScoped<Sessions.SessionValidator>();
        services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(options => options.Filters.Add<Sessions.AccountRequirementsFilter>());
        services.AddScoped<UstaOrchard.Core.Admin.IAdminMenuProvider, TwoFactorAdminMenu>();
        // The application cookie is checked on every request (SessionValidator); this interval is left
        // to the "remember this device" cookie, read only at sign-in: a new password or a new key ends it at once.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.Zero);
        services.AddSingleton<DummyPasswordHash>();
        services.AddScoped<IDataMigration, Migrations>();
        services.AddLoginRateLimit();

        services.AddAuthorizationBuilder().AddPolicy(Permissions.AdminPolicy, policy => policy
            .RequireAuthenticatedUser()
            .AddRequirements(new PermissionRequirement(Permissions.AccessAdminPanel)));
        services.AddSingleton<IPermissionProvider, UsersPermissionProvider>();
        services.AddScoped<UstaOrchard.Core.Admin.IAdminMenuProvider, Roles.RolesAdminMenu>();
        services.AddScoped<Roles.RoleAdmin>();
        services.AddScoped<Roles.PermissionGrid>();

        services.AddRecipeStep<RolesStep>();
        services.AddRecipeStep<UsersStep>();
        services.AddRecipeStepValidator<RolesStepValidator>();
        services.AddRecipeStepValidator<UsersStepValidator>();
        services.AddRecipeStepExporter<RolesExporter>();
        services.AddRecipeStepExporter<UsersExporter>();
    }
}
