using System.Collections.Concurrent;
using System.Security.Claims;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using UstaOrchard.Core.Audit;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Users.Roles;

/// <summary>An audit event as recorded, with the user of the request that recorded it.</summary>
public sealed record RecordedAudit(AuditEvent Event, string? RequestUser);

/// <summary>Keeps what the roles pages record, in place of the audit module (not part of this branch).</summary>
public sealed class RecordingAuditTrail(ConcurrentQueue<RecordedAudit> events, IHttpContextAccessor http) : IAuditTrail
{
    public Task RecordAsync(AuditEvent auditEvent, CancellationToken ct = default)
    {
        events.Enqueue(new RecordedAudit(auditEvent, auditEvent.UserName ?? http.HttpContext?.User.Identity?.Name));
        return Task.CompletedTask;
    }
}

/// <summary>A usta-setup site on SQLite whose audit trail is recorded; tests use roles and users of their own.</summary>
public sealed class RolesSiteFixture : IAsyncLifetime
{
    public ConcurrentQueue<RecordedAudit> Audit { get; } = new();

    public UstaAppFactory Factory { get; }

    public RolesSiteFixture()
    {
        Factory = new UstaAppFactory(TestDatabase.Sqlite(), services: s =>
        {
            s.AddSingleton(Audit);
            s.AddScoped<IAuditTrail, RecordingAuditTrail>();
        });
    }

    public Task InitializeAsync()
    {
        Factory.CreateClient().Dispose();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();

    public IReadOnlyList<RecordedAudit> Recorded(string name, string subject)
        => Audit.Where(a => a.Event.Category == AuditEvents.Role && a.Event.Name == name && a.Event.Subject == subject).ToList();

    public static string NewRoleName(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..6];

    /// <summary>A role holding <paramref name="permissions"/> (and any other claims given).</summary>
    public Task CreateRoleAsync(string name, params Claim[] claims) => Factory.InScopeAsync(async sp =>
    {
        var roles = sp.GetRequiredService<RoleManager<IdentityRole>>();
        var role = new IdentityRole(name);
        Assert.True((await roles.CreateAsync(role)).Succeeded);
        foreach (var claim in claims) await roles.AddClaimAsync(role, claim);
        return true;
    });

    public static Claim Permission(string name) => new(Usta.Users.Permissions.ClaimType, name);

    /// <summary>The role's claims as stored: "type=value", sorted.</summary>
    public Task<List<string>> ClaimsAsync(string role) => Factory.InScopeAsync(async sp =>
    {
        var roles = sp.GetRequiredService<RoleManager<IdentityRole>>();
        var found = await roles.FindByNameAsync(role);
        return found is null ? [] : (await roles.GetClaimsAsync(found)).Select(c => $"{c.Type}={c.Value}").Order(StringComparer.Ordinal).ToList();
    });

    /// <summary>Posts the grid of <paramref name="role"/> with exactly <paramref name="permissions"/> ticked, as the form would.</summary>
    public static async Task<HttpResponseMessage> PostGridAsync(HttpClient client, string role, IEnumerable<string> permissions)
    {
        var url = "/Admin/Roles/Edit/" + Uri.EscapeDataString(role);
        var page = await client.GetDocumentAsync(url);
        var token = page.QuerySelector("#role-permissions input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var values = permissions.Select(p => new KeyValuePair<string, string>("permissions", p)).Append(new("__RequestVerificationToken", token));
        return await client.PostAsync(url, new FormUrlEncodedContent(values));
    }

    /// <summary>The names of the boxes ticked on a role's grid.</summary>
    public static List<string> Ticked(IHtmlDocument page)
        => page.QuerySelectorAll("#role-permissions input[type=checkbox]").OfType<IHtmlInputElement>().Where(i => i.IsChecked).Select(i => i.Value).ToList();
}
