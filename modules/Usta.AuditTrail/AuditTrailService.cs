using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Usta.AuditTrail.Records;
using UstaOrchard.Core.Audit;
using UstaOrchard.Core.Data;
using UstaOrchard.Core.Security;

namespace Usta.AuditTrail;

/// <summary>
/// The audit trail (<see cref="IAuditTrail"/>). Inside the caller's open transaction (a content change)
/// the row is written on the same connection and commits or rolls back with the change; otherwise (a
/// failed sign-in) it is written at once in a scope of its own, and a failure to write is logged, never
/// thrown at the user. The request's address is read after the host's forwarded-headers handling, so
/// behind a known proxy it is the client's.
/// </summary>
public sealed class AuditTrailService(UstaDbContext db, ICurrentUser currentUser, IHttpContextAccessor http, TimeProvider clock,
    IServiceScopeFactory scopes, ILogger<AuditTrailService> logger) : IAuditTrail
{
    public async Task RecordAsync(AuditEvent auditEvent, CancellationToken ct = default)
    {
        var record = AuditRecords.From(auditEvent, clock.GetUtcNow().UtcDateTime,
            auditEvent.UserName ?? currentUser.Name,
            auditEvent.RemoteAddress ?? AuditRecords.Describe(http.HttpContext?.Connection.RemoteIpAddress));
        if (db.Database.CurrentTransaction is not null)
        {
            db.Set<AuditEventRecord>().Add(record);
            await db.SaveChangesAsync(ct);
            return;
        }
        try
        {
            await AuditRecords.WriteAsync(scopes, record, ct);
        }
        catch (Exception e) when (e is DbUpdateException or InvalidOperationException)
        {
            logger.LogError(e, "Could not record {Category}.{Name} in the audit trail", record.Category, record.Name);
        }
    }
}
