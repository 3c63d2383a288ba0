using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using UstaOrchard.Core.Audit;

namespace UstaOrchard.IntegrationTests.Users.TwoFactor;

/// <summary>Keeps every audit event with the user it would be recorded under (the event's, or else the request's).</summary>
public sealed class RecordingAuditTrail(ConcurrentQueue<RecordingAuditTrail.Entry> entries, IHttpContextAccessor http) : IAuditTrail
{
    public sealed record Entry(string Category, string Name, string? UserName, string? Subject);

    public static Action<IServiceCollection> Into(ConcurrentQueue<Entry> entries)
        => services => services.AddScoped<IAuditTrail>(sp => new RecordingAuditTrail(entries, sp.GetRequiredService<IHttpContextAccessor>()));

    public Task RecordAsync(AuditEvent auditEvent, CancellationToken ct = default)
    {
        entries.Enqueue(new Entry(auditEvent.Category, auditEvent.Name, auditEvent.UserName ?? http.HttpContext?.User.Identity?.Name, auditEvent.Subject));
        return Task.CompletedTask;
    }
}
