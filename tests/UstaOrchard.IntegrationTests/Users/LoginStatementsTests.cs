using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Usta.Users;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Users;

/// <summary>
/// Timing on a busy machine is noisy; the work behind it is not. A wrong password for a real name
/// and any password for a missing name send the same kinds of statement (a read, then one write),
/// so neither the time nor the database's load tells which names exist.
/// </summary>
public class LoginStatementsTests
{
    [Fact]
    public async Task WrongPasswordForARealName_AndAMissingName_SendTheSameStatements()
    {
        var log = new CommandLog();
        await using var factory = new UstaAppFactory(TestDatabase.Sqlite(), services: s => s.AddSingleton<IInterceptor>(log));
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
            return log.Commands.Select(c => c.TrimStart()[..6].ToUpperInvariant()).ToList();
        }

        var real = await AttemptAsync("co-that");
        var missing = await AttemptAsync("khong-co-that");

        // The user read, then the attempt's write (the reservation, or the decoy's); the page around
        // the form reads the same in both cases.
        Assert.Equal(["SELECT", "UPDATE"], real.Take(2));
        Assert.Equal(real, missing);
    }
}
