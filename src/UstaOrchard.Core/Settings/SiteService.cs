using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using UstaOrchard.Core.Caching;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;

namespace UstaOrchard.Core.Settings;

/// <summary>
/// Reads and writes the site settings. Every page reads them: their JSON is kept in the block cache
/// (evicted with <see cref="CacheTags.All"/>), and each request gets its own copy, which it may change.
/// </summary>
public sealed class SiteService(UstaDbContext db, IConfiguration configuration, TimeProvider clock, TaggedMemoryCache cache)
{
    private const string CacheKey = "site:settings";
    private SiteSettings? _current;

    public async Task<SiteSettings> GetAsync(CancellationToken ct = default)
    {
        if (_current is not null) return _current;
        // "" stands for "no settings saved yet" (the cache keeps no null).
        var json = await cache.GetOrCreateAsync(CacheKey, [], async token =>
            await db.SiteSettings.AsNoTracking().Where(r => r.Id == 1).Select(r => r.Json).FirstOrDefaultAsync(token) ?? "", ct);
        _current = json.Length == 0 ? Defaults() : JsonSerializer.Deserialize<SiteSettings>(json, ContentJson.Options) ?? Defaults();
        return _current;
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the stored settings, read again under the content lock
    /// (never this request's copy): two admins saving different tabs at once each keep the other's
    /// change, and the loser of a race waits instead of failing on the concurrency stamp.
    /// </summary>
    public async Task UpdateAsync(Action<SiteSettings> change, CancellationToken ct = default)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            await db.TakeContentLockAsync(ct);
            await ApplyAsync(change, ct);
            return;
        }
        // Its own transaction, for the content lock: feed rows must become visible in id order.
        await using var transaction = await db.BeginContentTransactionAsync(ct);
        await ApplyAsync(change, ct);
        await transaction.CommitAsync(ct);
    }

    private async Task ApplyAsync(Action<SiteSettings> change, CancellationToken ct)
    {
        var record = await db.SiteSettings.FirstOrDefaultAsync(r => r.Id == 1, ct);
        if (record is not null) await db.Entry(record).ReloadAsync(ct);
        var settings = record is null ? Defaults() : JsonSerializer.Deserialize<SiteSettings>(record.Json, ContentJson.Options) ?? Defaults();
        change(settings);
        var json = JsonSerializer.Serialize(settings, ContentJson.Options);
        _current = settings;
        if (record is not null && record.Json == json) return;

        if (record is null) db.SiteSettings.Add(record = new SiteSettingsRecord());
        record.Json = json;
        record.ConcurrencyStamp = Guid.NewGuid().ToString("N");
        // Settings show on every page: every cached page and block goes, on every node (the change feed).
        Caching.CacheChange.Add(db, [Caching.CacheTags.All], clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
    }

    private SiteSettings Defaults() => new()
    {
        TimeZoneId = configuration["Site:TimeZone"] is { Length: > 0 } zone ? zone : "Asia/Ho_Chi_Minh",
    };
}
