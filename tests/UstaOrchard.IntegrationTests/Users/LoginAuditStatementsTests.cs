using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Usta.Users;
using UstaOrchard.Core.Audit;
using UstaOrchard.Core.Data;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Users;

/// <summary>
/// With an audit trail that writes to the database, as the real one does, a failed sign-in for a real
/// name and for a missing one still send the same statements: each is recorded, by the same write.
/// </summary>
public class LoginAuditStatementsTests
{
    /// <summary>A trail that writes one row per event in the site's database (the login decoy's, which every site has).</summary>
    private sealed class WritingAuditTrail(UstaDbContext db) : IAuditTrail
    {
        public Task RecordAsync(AuditEvent auditEvent, CancellationToken ct = default) => LoginDecoy.TouchAsync(db, ct);
    }

    [Fact]
    public async Task FailedSignIns_ForARealAndAMissingName_AreRecordedWithTheSameStatements()
    {
        var log = new CommandLog();
        await using var factory = new UstaAppFactory(TestDatabase.Sqlite(), services: s =>
        {
            s.AddSingleton<IInterceptor>(log);
            s.AddScoped<IAuditTrail, WritingAuditTrail>();
        });
        await factory.InScopeAsync(async sp => (await sp.GetRequiredService<UserManager<UstaUser>>().CreateAsync(new UstaUser { UserName = "co-that" }, "Co-that-2021!")).Succeeded);
        factory.Logs.Expect(e => e.Message.StartsWith("Failed login for"));
        var client = factory.CreateBrowser();
        var form = await client.GetDocumentAsync("/dang-nhap");

        async Task<IReadOnlyList<string>> AttemptAsync(string userName)
        {
            log.Clear();
            await client.SubmitAsync(form, "login-form", new Dictionary<string, string>
            {
                ["Input.UserName"] = userName,
                ["Input.Password"] = "sai-mat-khau",
            }, "/dang-nhap");
            // The sign-in's own statements: a busy machine may see a cache's refresh read in between.
            return log.Commands.Where(c => c.Contains("\"Users\"", StringComparison.Ordinal) || c.Contains("\"LoginDecoy\"", StringComparison.Ordinal))
                .Select(c => c.TrimStart()[..6].ToUpperInvariant()).ToList();
        }

        var real = await AttemptAsync("co-that");
        var missing = await AttemptAsync("khong-co-that");

        // The user read, the attempt's write, the record's write.
        Assert.Equal(["SELECT", "UPDATE", "UPDATE"], real);
        Assert.Equal(real, missing);
    }
}
