using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Usta.Users;
using UstaOrchard.Core.Audit;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Users.TwoFactor;

/// <summary>A site whose audit events are kept for the test to read, and the steps of two-step sign-in as a browser takes them.</summary>
public sealed class TwoFactorSite : IAsyncLifetime
{
    public const string TwoFactorPath = "/Admin/Account/TwoFactor";
    public const string WrongCodeMessage = "Mã không đúng, hoặc lượt đăng nhập này đã hết hạn. Sau 5 lần nhập sai, tài khoản bị tạm khóa 15 phút.";

    public ConcurrentQueue<RecordingAuditTrail.Entry> Audit { get; } = new();
    public UstaAppFactory Factory { get; }

    public TwoFactorSite()
    {
        Factory = new UstaAppFactory(TestDatabase.Sqlite(), services: RecordingAuditTrail.Into(Audit));
        Factory.Logs.Expect(e => e.Message.StartsWith("Failed login for", StringComparison.Ordinal)
            || e.Message.StartsWith("Failed two-factor code", StringComparison.Ordinal)
            || e.Message.StartsWith("Two-factor code sent without", StringComparison.Ordinal)
            || e.Message.Contains("locked out", StringComparison.OrdinalIgnoreCase)
            || e.Message.Contains("two factor", StringComparison.OrdinalIgnoreCase)
            || e.Message.Contains("recovery code", StringComparison.OrdinalIgnoreCase));
    }

    public Task InitializeAsync()
    {
        Factory.CreateClient().Dispose();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();

    /// <summary>The audit events about one user (by the user they are recorded under).</summary>
    public IReadOnlyList<string> EventsOf(string userName)
        => Audit.Where(e => e.UserName == userName).Select(e => e.Name).ToList();

    public Task CreateUserAsync(string userName, string role, Action<UstaUser>? change = null) => Factory.InScopeAsync(async sp =>
    {
        var users = sp.GetRequiredService<UserManager<UstaUser>>();
        var user = new UstaUser { UserName = userName };
        change?.Invoke(user);
        Assert.True((await users.CreateAsync(user, SiteUsers.Password)).Succeeded);
        await users.AddToRoleAsync(user, role);
        return true;
    });

    /// <summary>The login form's POST; its answer (a redirect to the next step, or the form again).</summary>
    public static async Task<HttpResponseMessage> PasswordAsync(HttpClient client, string userName, string password = SiteUsers.Password, string returnUrl = "/Admin")
    {
        var url = "/dang-nhap?ReturnUrl=" + Uri.EscapeDataString(returnUrl);
        var page = await client.GetDocumentAsync(url);
        return await client.SubmitAsync(page, "login-form", new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        }, url);
    }

    /// <summary>The second step's form, as the redirect from the first step left it (or as a stranger opens it).</summary>
    public static async Task<HttpResponseMessage> CodeAsync(HttpClient client, string code, string url = "/dang-nhap/xac-thuc?ReturnUrl=%2FAdmin")
    {
        var page = await client.GetDocumentAsync(url);
        return await client.SubmitAsync(page, "two-factor-form", new Dictionary<string, string> { ["Input.Code"] = code }, url);
    }

    /// <summary>Turns two-step verification on for the signed-in user of <paramref name="client"/>: the key and the recovery codes shown.</summary>
    public static async Task<(string Key, IReadOnlyList<string> RecoveryCodes)> EnrolAsync(HttpClient client)
    {
        var page = await client.GetDocumentAsync(TwoFactorPath);
        var key = page.Text("#two-factor-key");
        var response = await client.SubmitAsync(page, "enable-form", new Dictionary<string, string> { ["Code"] = Totp.Now(key) }, TwoFactorPath);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var done = await response.ReadDocumentAsync();
        Assert.NotNull(done.QuerySelector("#two-factor-on"));
        return (key, done.Texts("#recovery-codes li code"));
    }

    public static string? Location(HttpResponseMessage response) => response.Headers.Location?.OriginalString;

    public static string[] SignInEvents => [AuditEvents.SignedIn, AuditEvents.SignInFailed, AuditEvents.LockedOut, AuditEvents.SignedOut,
        AuditEvents.TwoFactorEnabled, AuditEvents.TwoFactorDisabled, AuditEvents.RecoveryCodeUsed];
}
