using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Usta.Users;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Users;

/// <summary>Lockout under simultaneous requests, against the real host; run on SQLite and on PostgreSQL.</summary>
public abstract class LoginBurstTests
{
    private const string Password = "Dung-mat-khau-1!";
    private readonly PasswordChecks _checks = new();

    protected abstract TestDatabase NewDatabase();

    private async Task<UstaAppFactory> StartAsync(string userName, TimeProvider? clock = null)
    {
        var database = NewDatabase();
        var settings = new Dictionary<string, string?>();
        // A burst opens a connection per request at once; on a busy 2-core machine PostgreSQL's
        // authentication of 30 new connections takes longer than the tests' usual 5 s.
        if (database.Settings("").TryGetValue("ConnectionStrings:Default", out var connection) && database.Name == "Postgres")
            settings["ConnectionStrings:Default"] = new NpgsqlConnectionStringBuilder(connection) { Timeout = 60 }.ConnectionString;
        var factory = new UstaAppFactory(database, settings: settings, services: services =>
        {
            _checks.AddTo(services);
            if (clock is not null) services.AddSingleton(clock);
        });
        factory.Logs.Expect(e => e.Message.Contains(userName));
        await factory.InScopeAsync(async sp =>
        {
            var user = new UstaUser { UserName = userName };
            Assert.True((await sp.GetRequiredService<UserManager<UstaUser>>().CreateAsync(user, Password)).Succeeded);
            return true;
        });
        return factory;
    }

    /// <summary>A browser with the login form open: its token and cookie serve every post.</summary>
    private static async Task<Func<string, string, Task<HttpResponseMessage>>> LoginFormAsync(UstaAppFactory factory)
    {
        var client = factory.CreateBrowser();
        var page = await client.GetDocumentAsync("/dang-nhap");
        return (userName, password) => client.SubmitAsync(page, "login-form", new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        }, "/dang-nhap");
    }

    [SkippableFact]
    public async Task ThirtySimultaneousWrongPasswords_CheckThePasswordFiveTimes()
    {
        await using var factory = await StartAsync("dong-loat");
        var post = await LoginFormAsync(factory);

        var responses = await Task.WhenAll(Enumerable.Range(0, 30).Select(_ => post("dong-loat", "sai-mat-khau")));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(5, _checks.For("dong-loat"));
        Assert.Equal(HttpStatusCode.OK, (await post("dong-loat", Password)).StatusCode);
    }

    [SkippableFact]
    public async Task RightPasswordAfterTheLimitInTheSameBurst_IsRefused()
    {
        await using var factory = await StartAsync("sau-lan-sai");
        var post = await LoginFormAsync(factory);

        var wrong = Enumerable.Range(0, 7).Select(_ => post("sau-lan-sai", "sai-mat-khau")).ToList();
        // Five checks have started, none has necessarily finished: the burst is still in flight.
        await _checks.WaitForAsync("sau-lan-sai", 5);
        var right = await post("sau-lan-sai", Password);
        await Task.WhenAll(wrong);

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        var message = (await right.ReadDocumentAsync()).Text("[data-test=login-errors] li");
        Assert.StartsWith("Tên đăng nhập hoặc mật khẩu không đúng.", message);
        Assert.Equal(5, _checks.For("sau-lan-sai"));
    }

    [SkippableFact]
    public async Task LockoutEnds_AfterItsMinutes_AndTheRightPasswordSignsInAgain()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var factory = await StartAsync("het-khoa", clock);
        var post = await LoginFormAsync(factory);

        for (var i = 0; i < 5; i++) await post("het-khoa", "sai-mat-khau");
        Assert.Equal(HttpStatusCode.OK, (await post("het-khoa", Password)).StatusCode);
        clock.Advance(TimeSpan.FromMinutes(14));
        Assert.Equal(HttpStatusCode.OK, (await post("het-khoa", Password)).StatusCode);
        clock.Advance(TimeSpan.FromMinutes(1));
        var signedIn = await post("het-khoa", Password);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(6, _checks.For("het-khoa"));
    }

    [SkippableFact]
    public async Task UserSavedFromACopyReadBeforeAFailedAttempt_IsAConflict_AndKeepsTheCount()
    {
        await using var factory = await StartAsync("ban-sao-cu");
        var post = await LoginFormAsync(factory);

        var saved = await factory.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<UstaUser>>();
            var copy = await users.FindByNameAsync("ban-sao-cu");
            await post("ban-sao-cu", "sai-mat-khau");
            copy!.DisplayName = "Bản sao cũ";
            return await users.UpdateAsync(copy);
        });

        Assert.False(saved.Succeeded);
        var count = await factory.InScopeAsync(async sp => (await sp.GetRequiredService<UserManager<UstaUser>>().FindByNameAsync("ban-sao-cu"))!.AccessFailedCount);
        Assert.Equal(1, count);
    }
}

public sealed class SqliteLoginBurstTests : LoginBurstTests
{
    protected override TestDatabase NewDatabase() => TestDatabase.Sqlite();
}

public sealed class PostgresLoginBurstTests : LoginBurstTests
{
    protected override TestDatabase NewDatabase() => TestDatabase.Postgres();
}
