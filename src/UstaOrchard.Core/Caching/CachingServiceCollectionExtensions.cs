using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.OutputCaching.StackExchangeRedis;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;

namespace UstaOrchard.Core.Caching;

public static class CachingServiceCollectionExtensions
{
    /// <summary>Shared output cache store: a Redis connection string; empty keeps pages in this node's memory.</summary>
    public const string RedisKey = "Cache:Redis";
    /// <summary>The prefix of this site's keys in Redis (several sites may share one server).</summary>
    public const string RedisPrefixKey = "Cache:RedisPrefix";
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(10);

    /// <summary>
    /// The public pages' output cache and the change feed that evicts it and the block cache on every
    /// node. Called by Core before the modules: the feed's content handler must run before index handlers.
    /// </summary>
    public static IServiceCollection AddUstaCaching(this IServiceCollection services)
    {
        services.AddSingleton<TaggedMemoryCache>();
        services.AddSingleton<KeptBlocks>();
        services.AddSingleton<ICacheEvictionHandler>(sp => sp.GetRequiredService<TaggedMemoryCache>());
        services.AddSingleton<ICacheEvictionHandler, OutputCacheEvictionHandler>();

        services.AddDbModel<CacheDbModel>();
        services.AddScoped<RecipeEviction>();
        services.AddScoped<IContentHandler, CacheTagContentHandler>();
        services.AddSingleton<CacheFeed>();
        services.AddSingleton<CacheFeedInterceptor>();
        services.AddSingleton<IInterceptor>(sp => sp.GetRequiredService<CacheFeedInterceptor>());
        services.AddSingleton<IInterceptor, CacheFeedTransactionInterceptor>();
        services.AddSingleton<CacheFeedFollower>();
        services.AddHostedService(sp => sp.GetRequiredService<CacheFeedFollower>());

        services.AddOutputCache();
        services.AddStackExchangeRedisOutputCache(_ => { });
        services.AddOptions<RedisOutputCacheOptions>().Configure<IConfiguration>((o, configuration) =>
        {
            o.Configuration = configuration[RedisKey];
            o.InstanceName = configuration[RedisPrefixKey] is { Length: > 0 } prefix ? prefix : "usta:";
        });
        // Both stores are registered; the configuration, read when the store is first needed, picks one.
        var stores = services.Where(d => d.ServiceType == typeof(IOutputCacheStore)).ToList();
        foreach (var descriptor in stores) services.Remove(descriptor);
        var memory = stores[0];
        var redis = stores[^1];
        services.AddSingleton(sp => new GuardedOutputCacheStore(
            Create(sp, string.IsNullOrWhiteSpace(sp.GetRequiredService<IConfiguration>()[RedisKey]) ? memory : redis),
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IOutputCacheStore>(sp => sp.GetRequiredService<GuardedOutputCacheStore>());
        services.AddOptions<OutputCacheOptions>().Configure<IServiceProvider>((o, sp) =>
        {
            var cookie = sp.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme).Cookie.Name
                         ?? CookieAuthenticationDefaults.CookiePrefix + IdentityConstants.ApplicationScheme;
            o.AddBasePolicy(new PublicCachePolicy(sp.GetRequiredService<GuardedOutputCacheStore>, cookie, MaxAge));
        });
        return services;
    }

    private static IOutputCacheStore Create(IServiceProvider sp, ServiceDescriptor descriptor)
        => (IOutputCacheStore)(descriptor.ImplementationInstance
                               ?? descriptor.ImplementationFactory?.Invoke(sp)
                               ?? ActivatorUtilities.CreateInstance(sp, descriptor.ImplementationType!));
}
