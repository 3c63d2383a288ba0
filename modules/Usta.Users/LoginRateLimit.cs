using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Usta.Users;

/// <summary>
/// A limit on login POSTs per client address: the lockout protects one account from guessing,
/// this keeps one address from locking every account (or guessing across many). Refused
/// requests answer 429 with the site's status page.
/// </summary>
public static class LoginRateLimit
{
    public const string Policy = "login";

    public static IServiceCollection AddLoginRateLimit(this IServiceCollection services)
    {
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                var logger = context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(LoginRateLimit));
                logger.LogWarning("Too many login attempts from {RemoteIpAddress}", context.HttpContext.Connection.RemoteIpAddress);
                // When the window reopens: a browser or script need not guess.
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
        });
        // Read when first needed, so that every configuration source (tests' too) is in.
        services.AddOptions<RateLimiterOptions>().Configure<IConfiguration>((options, config) =>
        {
            var permits = config.GetValue("Users:LoginRateLimit:PermitLimit", 10);
            var window = TimeSpan.FromSeconds(config.GetValue("Users:LoginRateLimit:WindowSeconds", 60));
            // Limiters are cached by partition key whatever their kind: the GET key must differ
            // from every address's, or a GET would leave a no-limit limiter for the POSTs to reuse.
            options.AddPolicy(Policy, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter("post " + ClientKey(context.Connection.RemoteIpAddress), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = permits,
                    Window = window,
                    QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter("get"));
        });
        return services;
    }

    /// <summary>
    /// The address a limit counts: an IPv4 client as itself (also when it arrives IPv4-mapped), an
    /// IPv6 client by its /64, since one home or server is given a whole /64 and could otherwise
    /// take a new address for every few attempts.
    /// </summary>
    public static string ClientKey(IPAddress? address)
    {
        if (address is null) return "unknown";
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return address.ToString();
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
