using System.Text.Json;
using System.Text.Json.Nodes;
using UstaOrchard.Core.Audit;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;

namespace UstaOrchard.Core.Settings;

/// <summary>
/// Saves one settings tab: its change applied to the stored settings (<see cref="SiteService.UpdateAsync"/>),
/// and one audit event naming the fields that changed, committed together. Nothing changed, nothing recorded.
/// </summary>
public sealed class SettingsTabSaver(UstaDbContext db, SiteService site, IAuditTrail audit)
{
    /// <param name="tab">The tab's name, as the audit trail shows it.</param>
    /// <param name="fields">The tab's fields as an object (property name → value), read before and after the change.</param>
    /// <returns>The names of the fields that changed.</returns>
    public async Task<IReadOnlyList<string>> SaveAsync(string tab, Func<SiteSettings, object> fields, Action<SiteSettings> change,
        CancellationToken ct)
    {
        IReadOnlyList<string> changed = [];
        await using var transaction = db.Database.CurrentTransaction is null ? await db.BeginContentTransactionAsync(ct) : null;
        await site.UpdateAsync(settings =>
        {
            var before = Snapshot(fields(settings));
            change(settings);
            changed = Changed(before, Snapshot(fields(settings)));
        }, ct);
        if (changed.Count > 0)
        {
            await audit.RecordAsync(new AuditEvent(AuditEvents.Settings, AuditEvents.SettingsChanged)
            {
                Subject = tab,
                Details = string.Join(", ", changed),
            }, ct);
        }
        if (transaction is not null) await transaction.CommitAsync(ct);
        return changed;
    }

    private static JsonObject Snapshot(object fields)
        => JsonSerializer.SerializeToNode(fields, fields.GetType(), ContentJson.Options) as JsonObject ?? new JsonObject();

    private static List<string> Changed(JsonObject before, JsonObject after)
        => after.Select(p => p.Key).Union(before.Select(p => p.Key))
            .Where(key => !JsonNode.DeepEquals(before[key], after[key]))
            .ToList();
}
