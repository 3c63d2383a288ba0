using System.Collections.Concurrent;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using UstaOrchard.Core.Audit;
using UstaOrchard.Core.Settings;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Settings;

/// <summary>What the settings pages recorded, with the user each event names (its own or the request's).</summary>
public sealed class RecordedAudit
{
    public ConcurrentQueue<(AuditEvent Event, string? User)> Events { get; } = new();

    public IReadOnlyList<(AuditEvent Event, string? User)> Settings(string tab)
        => Events.Where(e => e.Event.Category == AuditEvents.Settings && e.Event.Subject == tab).ToList();
}

internal sealed class RecordingAuditTrail(RecordedAudit recorded, IHttpContextAccessor http) : IAuditTrail
{
    public Task RecordAsync(AuditEvent auditEvent, CancellationToken ct = default)
    {
        recorded.Events.Enqueue((auditEvent, auditEvent.UserName ?? http.HttpContext?.User.Identity?.Name));
        return Task.CompletedTask;
    }
}

/// <summary>A usta-setup site whose audit trail records in memory; each test class changes the site's settings in turn.</summary>
public sealed class SettingsSiteFixture : IAsyncLifetime
{
    public RecordedAudit Audit { get; } = new();

    public UstaAppFactory Factory { get; }

    public SettingsSiteFixture()
        => Factory = new UstaAppFactory(TestDatabase.Sqlite(), services: s =>
        {
            s.AddSingleton(Audit);
            s.AddScoped<IAuditTrail, RecordingAuditTrail>();
        });

    public Task InitializeAsync()
    {
        Factory.CreateClient().Dispose();
        return Task.CompletedTask;
    }

    public Task<SiteSettings> StoredAsync() => Factory.InScopeAsync(sp => sp.GetRequiredService<SiteService>().GetAsync());

    public Task<HttpClient> AdministratorAsync(string? userName = null) => Factory.SignedInAsync("Administrator", userName);

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}

public static class SettingsForms
{
    /// <summary>Opens <paramref name="url"/> and posts its form with <paramref name="fields"/> changed.</summary>
    public static async Task<(HttpResponseMessage Response, IHtmlDocument Page)> PostFormAsync(this HttpClient client, string url, string formId,
        Dictionary<string, string> fields)
    {
        var page = await client.GetDocumentAsync(url);
        var response = await client.SubmitAsync(page, formId, fields, url);
        return (response, page);
    }

    public static string? FieldError(this IHtmlDocument page, string field) => page.QuerySelector($"[data-test=error-{field}]")?.TextContent.Trim();
}
