using Microsoft.Extensions.DependencyInjection;
using UstaOrchard.Core.Caching;
using UstaOrchard.Core.Settings;

namespace Usta.Visits.Counting;

/// <summary>What the counter needs of the site settings, on every request, without a database read.</summary>
public sealed record VisitSiteState(bool Enabled, long InitialTotal, TimeZoneInfo Zone)
{
    public DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, Zone).DateTime);
}

/// <summary>
/// Reads <see cref="VisitSiteState"/> through the block cache: kept until the settings change
/// (which evicts <see cref="CacheTags.All"/> on every node), so a page the output cache answers
/// costs no query.
/// </summary>
public sealed class VisitSiteStateReader(TaggedMemoryCache cache, IServiceScopeFactory scopes)
{
    private const string Key = "usta.visits.state";

    public Task<VisitSiteState> GetAsync(CancellationToken ct) => cache.GetOrCreateAsync(Key, [], async token =>
    {
        await using var scope = scopes.CreateAsyncScope();
        var settings = await scope.ServiceProvider.GetRequiredService<SiteService>().GetAsync(token);
        var zone = await scope.ServiceProvider.GetRequiredService<SiteClock>().GetTimeZoneAsync(token);
        var visits = settings.Get<VisitSettings>();
        return new VisitSiteState(visits.Enabled, Math.Max(0, visits.InitialTotal), zone);
    }, ct);
}
