using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.WebEncoders;
using Usta.Admin;
using Usta.AuditTrail;
using Usta.Articles;
using Usta.Bulletins;
using Usta.Contents;
using Usta.Media;
using Usta.Search;
using Usta.Theme;
using Usta.Users;
using Usta.Recipes;
using Usta.Visits;
using UstaOrchard.Core;
using UstaOrchard.Core.Data;
using UstaOrchard.Core.Modules;
using UstaOrchard.Core.Settings;
using UstaOrchard.Web.Hosting;

namespace UstaOrchard.Web;

/// <summary>The host only composes: Core, the modules it ships, the theme, and the request pipeline.</summary>
public static class UstaHost
{
    public static readonly CultureInfo DefaultCulture = CultureInfo.GetCultureInfo("vi-VN");

    public static ModuleStartup[] Modules() =>
    [
        new ContentsStartup(),
        new ArticlesStartup(),
        new BulletinsStartup(),
        new UsersStartup(),
        new AdminStartup(),
        new MediaStartup(),
        new SearchStartup(),
        new VisitsStartup(),
        new RecipesStartup(),
        new AuditTrailStartup(),
        new ThemeStartup(),
    ];

    public static WebApplicationBuilder AddUsta(this WebApplicationBuilder builder)
    {
        CultureInfo.DefaultThreadCurrentCulture = DefaultCulture;
        CultureInfo.DefaultThreadCurrentUICulture = DefaultCulture;

        // Modules' and the theme's wwwroot files are served from their projects in any environment
        // when run from a build; a published site has them copied, and this does nothing there.
        builder.WebHost.UseStaticWebAssets();
        builder.WebHost.ConfigureKestrel(RequestLimits.ConfigureKestrel);

        // SQL statements are for debugging, not for an operator's console; appsettings can lower this.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);

        var services = builder.Services;
        // Razor writes "Đồng Nai", not "&#x110;&#x1ED3;ng Nai".
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddRazorPages()
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (type, factory) => factory.Create(type))
            .AddMvcOptions(LocalizeBindingMessages)
            .AddMvcOptions(o =>
            {
                for (var i = 0; i < o.ModelBinderProviders.Count; i++)
                    o.ModelBinderProviders[i] = new ConversionErrorBinderProvider(o.ModelBinderProviders[i]);
            });
        services.Configure<RequestLocalizationOptions>(o =>
        {
            var supported = new[] { DefaultCulture, CultureInfo.GetCultureInfo("en") };
            o.DefaultRequestCulture = new RequestCulture(DefaultCulture);
            o.SupportedCultures = supported;
            o.SupportedUICultures = supported;
            // The site is Vietnamese whatever the browser says; ?culture=en or the cookie switches.
            o.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "usta.af";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddScoped<SiteUrls>();
        BreachSafeCompression.AddTo(services);
        // HostFilter does this job with the Vietnamese page; the built-in answers first, with no body.
        services.PostConfigure<HostFilteringOptions>(o => o.AllowedHosts = ["*"]);
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        services.AddDataProtection().SetApplicationName("UstaOrchard");
        services.AddOptions<KeyManagementOptions>().Configure<AppPaths>((o, paths) =>
            o.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(Path.Combine(paths.DataPath, "keys")), NullLoggerFactory.Instance));

        // Modules come after the framework: Razor Pages' own option setup resets its conventions,
        // so a module's conventions must be registered after it.
        services.AddUstaCore();
        services.AddModules(builder.Configuration, Modules());
        services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, RelativeRedirects.Apply);
        return builder;
    }

    public static WebApplication UseUsta(this WebApplication app)
    {
        var S = new Core.Localization.JsonStringLocalizerFactory().Create(typeof(UstaHost));
        // Read here, not in AddUsta: only now does the configuration hold every source (tests' too).
        var baseUrl = app.Configuration[SiteUrls.ConfigurationKey];
        if (!string.IsNullOrWhiteSpace(baseUrl) && !SiteUrls.TryParse(baseUrl, out _))
            throw new StartupConfigurationException(S["Site:BaseUrl must be an absolute http or https address without a query, such as https://example.org; it is '{0}'.", baseUrl]);
        var proxies = ProxySettings.Read(app.Configuration, (key, value) => S["{0}: '{1}' is not an IP address or network.", key, value]);
        if (proxies is not null) app.UseForwardedHeaders(proxies);

        app.UseResponseCompression();
        // Before anything reads data: kept layout blocks must not outlive an eviction that came after anything this request read.
        var kept = app.Services.GetRequiredService<Core.Caching.TaggedMemoryCache>();
        app.Use((context, next) =>
        {
            Core.Caching.EvictionBaseline.Note(context, kept);
            return next(context);
        });
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/loi",
            StatusCodeSelector = DatabaseBusy.StatusCodeFor,
        });
        app.UseStatusCodePagesWithReExecute("/loi/{0}");
        // Before anything that reads Request.Host (HSTS, redirects): it may not even be readable.
        app.UseMiddleware<HostFilter>(HostFilter.AllowedHosts(app.Configuration));
        if (!app.Environment.IsDevelopment()) app.UseHsts();
        app.UseMiddleware<RequestLimits>();
        app.UseMiddleware<CanonicalPaths>();
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers["Permissions-Policy"] = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "SAMEORIGIN";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            // Scripts only from the site itself; article bodies may embed images, video and frames from https sites.
            headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data: https:; media-src 'self' https:; frame-src https:; " +
                                            "style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; base-uri 'self'; " +
                                            "form-action 'self'; frame-ancestors 'self'";
            await next();
        });
        app.UseMiddleware<ResponseSizeGuard>();
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseMiddleware<AllowedMethods>();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        // Modules' middleware (the visitor counter) sees every request, even one the output cache answers.
        app.UseModules();
        // After the modules, so their middleware sees a request the cache answers; anonymous public pages only (PublicCachePolicy).
        app.UseOutputCache();
        app.UseAntiforgery();
        app.MapStaticAssets().WithMetadata(Core.Security.PublicResource.Metadata);
        app.MapRazorPages().WithStaticAssets();
        app.MapModules();
        return app;
    }

    // Model binding's own messages ("The value '' is invalid.") in the site's language.
    private static void LocalizeBindingMessages(MvcOptions options)
    {
        var S = new Core.Localization.JsonStringLocalizerFactory().Create(typeof(UstaHost));
        var messages = options.ModelBindingMessageProvider;
        messages.SetValueMustNotBeNullAccessor(_ => S["This field is required."]);
        messages.SetMissingBindRequiredValueAccessor(name => S["The value for '{0}' is missing.", name]);
        messages.SetAttemptedValueIsInvalidAccessor((value, _) => S["'{0}' is not a valid value.", value]);
        messages.SetUnknownValueIsInvalidAccessor(_ => S["The value is not valid."]);
        messages.SetValueIsInvalidAccessor(value => S["'{0}' is not a valid value.", value]);
        messages.SetValueMustBeANumberAccessor(_ => S["Enter a number."]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => S["Enter a number."]);
    }
}
