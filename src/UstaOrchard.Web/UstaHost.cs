using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.WebEncoders;
using Usta.Admin;
using Usta.Articles;
using Usta.Bulletins;
using Usta.Contents;
using Usta.Theme;
using Usta.Users;
using UstaOrchard.Core;
using UstaOrchard.Core.Data;
using UstaOrchard.Core.Modules;

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
        new ThemeStartup(),
    ];

    public static WebApplicationBuilder AddUsta(this WebApplicationBuilder builder)
    {
        CultureInfo.DefaultThreadCurrentCulture = DefaultCulture;
        CultureInfo.DefaultThreadCurrentUICulture = DefaultCulture;

        // Modules' and the theme's wwwroot files are served from their projects in any environment
        // when run from a build; a published site has them copied, and this does nothing there.
        builder.WebHost.UseStaticWebAssets();

        // SQL statements are for debugging, not for an operator's console; appsettings can lower this.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);

        var services = builder.Services;
        // Razor writes "Đồng Nai", not "&#x110;&#x1ED3;ng Nai".
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddRazorPages()
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (type, factory) => factory.Create(type))
            .AddMvcOptions(LocalizeBindingMessages);
        services.Configure<RequestLocalizationOptions>(o =>
        {
            var supported = new[] { DefaultCulture, CultureInfo.GetCultureInfo("en") };
            o.DefaultRequestCulture = new RequestCulture(DefaultCulture);
            o.SupportedCultures = supported;
            o.SupportedUICultures = supported;
            // The site is Vietnamese whatever the browser says; ?culture=en or the cookie switches.
            o.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });
        services.AddAntiforgery(o => o.Cookie.Name = "usta.af");
        services.AddDataProtection().SetApplicationName("UstaOrchard");
        services.AddOptions<KeyManagementOptions>().Configure<AppPaths>((o, paths) =>
            o.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(Path.Combine(paths.DataPath, "keys")), NullLoggerFactory.Instance));

        // Modules come after the framework: Razor Pages' own option setup resets its conventions,
        // so a module's conventions must be registered after it.
        services.AddUstaCore();
        services.AddModules(builder.Configuration, Modules());
        return builder;
    }

    public static WebApplication UseUsta(this WebApplication app)
    {
        app.UseExceptionHandler("/loi");
        app.UseStatusCodePagesWithReExecute("/loi/{0}");
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "SAMEORIGIN";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            // Scripts only from the site itself; article bodies may embed images, video and frames from https sites.
            headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data: https:; media-src 'self' https:; frame-src https:; " +
                                            "style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; base-uri 'self'; " +
                                            "form-action 'self'; frame-ancestors 'self'";
            await next();
        });
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapStaticAssets();
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
