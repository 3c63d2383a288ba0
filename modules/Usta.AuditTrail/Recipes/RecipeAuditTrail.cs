using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Usta.AuditTrail.Records;
using UstaOrchard.Core.Audit;
using UstaOrchard.Core.Recipes;

namespace Usta.AuditTrail.Recipes;

/// <summary>
/// A recipe applied, failed or exported is one event (the recipe's name, its summary or its failure),
/// whoever ran it: the content it changed is not recorded item by item. Written after the recipe's
/// transaction ended, so a failed recipe is recorded too; a failure to record is logged, never thrown.
/// </summary>
public sealed class RecipeAuditTrail(IServiceScopeFactory scopes, ILogger<RecipeAuditTrail> logger) : IRecipeAudit
{
    public async Task RecordAsync(RecipeAuditEntry entry, CancellationToken ct = default)
    {
        var name = entry.Action == RecipeAuditAction.Export ? AuditEvents.RecipeExported
            : entry.Succeeded ? AuditEvents.RecipeApplied : AuditEvents.RecipeFailed;
        var auditEvent = new AuditEvent(AuditEvents.Recipe, name)
        {
            Subject = entry.RecipeName,
            Details = entry.Succeeded ? entry.Summary : entry.Failure ?? entry.Summary,
        };
        // Who and from where are the entry's: a run ends in the background, after its request.
        var record = AuditRecords.From(auditEvent, entry.Utc, entry.UserName, entry.RemoteAddress);
        try
        {
            await AuditRecords.WriteAsync(scopes, record, ct);
        }
        catch (Exception e) when (e is DbUpdateException or InvalidOperationException or OperationCanceledException)
        {
            logger.LogError(e, "Could not record recipe {Recipe} in the audit trail", entry.RecipeName);
        }
    }
}
