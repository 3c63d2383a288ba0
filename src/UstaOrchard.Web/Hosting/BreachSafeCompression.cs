using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace UstaOrchard.Web.Hosting;

/// <summary>
/// Text responses are compressed, also over https, except those BREACH could read a secret from:
/// a page that carries an antiforgery token (a form) and every page for a signed-in user (their
/// layout may carry one after compression was decided). Public pages hold no secret to guess.
/// </summary>
public sealed class BreachSafeCompression(IServiceProvider services, IOptions<ResponseCompressionOptions> options)
    : ResponseCompressionProvider(services, options)
{
    private static readonly object TokenIssued = new();

    public static void AddTo(IServiceCollection services)
    {
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["image/svg+xml", "application/rss+xml", "application/atom+xml"]);
        });
        services.Replace(ServiceDescriptor.Singleton<IResponseCompressionProvider, BreachSafeCompression>());

        // Every token a page writes goes through IAntiforgery: wrap the registered one to mark the response.
        var registered = services.Last(d => d.ServiceType == typeof(IAntiforgery));
        services.Replace(ServiceDescriptor.Singleton<IAntiforgery>(sp =>
            new MarkingAntiforgery((IAntiforgery)ActivatorUtilities.CreateInstance(sp, registered.ImplementationType!))));
    }

    public override bool ShouldCompressResponse(HttpContext context)
        => !context.Items.ContainsKey(TokenIssued) && context.User.Identity?.IsAuthenticated != true && base.ShouldCompressResponse(context);

    private sealed class MarkingAntiforgery(IAntiforgery inner) : IAntiforgery
    {
        public AntiforgeryTokenSet GetAndStoreTokens(HttpContext httpContext)
        {
            httpContext.Items[TokenIssued] = true;
            return inner.GetAndStoreTokens(httpContext);
        }

        public AntiforgeryTokenSet GetTokens(HttpContext httpContext)
        {
            httpContext.Items[TokenIssued] = true;
            return inner.GetTokens(httpContext);
        }

        public Task<bool> IsRequestValidAsync(HttpContext httpContext) => inner.IsRequestValidAsync(httpContext);

        public Task ValidateRequestAsync(HttpContext httpContext) => inner.ValidateRequestAsync(httpContext);

        public void SetCookieTokenAndHeader(HttpContext httpContext) => inner.SetCookieTokenAndHeader(httpContext);
    }
}
