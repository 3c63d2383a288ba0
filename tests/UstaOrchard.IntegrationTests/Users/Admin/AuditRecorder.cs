using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using UstaOrchard.Core.Audit;

namespace UstaOrchard.IntegrationTests.Users.Admin;

/// <summary>
/// Keeps every audit event the site records, with who acted: the event's own user name or, as the
/// real trail does, the request's signed-in user. Until the audit module is merged, the stand-in for it.
/// </summary>
public sealed class AuditRecorder
{
    public sealed record Recorded(AuditEvent Event, string? Actor);

    private readonly ConcurrentQueue<Recorded> _events = new();

    public IReadOnlyList<Recorded> For(string name, string subject)
        => _events.Where(e => e.Event.Category == AuditEvents.User && e.Event.Name == name && e.Event.Subject == subject).ToList();

    /// <summary>The one event <paramref name="name"/> about <paramref name="subject"/>: fails when there is none or more.</summary>
    public Recorded Single(string name, string subject) => Assert.Single(For(name, subject));

    public void AddTo(IServiceCollection services)
    {
        services.AddSingleton(this);
        services.AddScoped<IAuditTrail>(sp => new Trail(this, sp.GetRequiredService<IHttpContextAccessor>()));
    }

    private sealed class Trail(AuditRecorder recorder, IHttpContextAccessor http) : IAuditTrail
    {
        public Task RecordAsync(AuditEvent auditEvent, CancellationToken ct = default)
        {
            var actor = auditEvent.UserName ?? (http.HttpContext?.User.Identity?.IsAuthenticated == true ? http.HttpContext.User.Identity.Name : null);
            recorder._events.Enqueue(new Recorded(auditEvent, actor));
            return Task.CompletedTask;
        }
    }
}
