using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Usta.Users;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Users.Admin;

/// <summary>A usta-setup site on SQLite whose audit events are recorded, for the users administration tests.</summary>
public class UsersAdminFixture : IAsyncLifetime
{
    public UsersAdminFixture() : this(TestDatabase.Sqlite())
    {
    }

    protected UsersAdminFixture(TestDatabase database) => Factory = new UstaAppFactory(database, services: Audit.AddTo);

    public AuditRecorder Audit { get; } = new();
    public UstaAppFactory Factory { get; }

    public Task InitializeAsync()
    {
        Factory.CreateClient().Dispose();
        return Task.CompletedTask;
    }

    public static string NewName(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..8];

    /// <summary>The setup's administrator, signed in on a client of its own.</summary>
    public async Task<HttpClient> AdminAsync()
    {
        var client = Factory.CreateBrowser();
        await LogInAsync(client, TestAccounts.AdminUserName, TestAccounts.AdminPassword);
        return client;
    }

    public static async Task<HttpResponseMessage> LogInAsync(HttpClient client, string userName, string password)
    {
        var page = await client.GetDocumentAsync("/dang-nhap");
        return await client.SubmitAsync(page, "login-form", new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        }, "/dang-nhap");
    }

    public Task<UstaUser> FindAsync(string userName) => Factory.InScopeAsync(async sp =>
        (await sp.GetRequiredService<UserManager<UstaUser>>().FindByNameAsync(userName))!);

    /// <summary>Posts the form <paramref name="formId"/> of <paramref name="url"/> with <paramref name="fields"/>; each value may repeat a name.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, string formId, params (string Name, string Value)[] fields)
    {
        var page = await client.GetDocumentAsync(url);
        var names = fields.Select(f => f.Name).ToHashSet();
        var values = Browser.FormValues(page, formId, new Dictionary<string, string>()).Where(v => !names.Contains(v.Key)).ToList();
        values.AddRange(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        return await client.PostAsync(Browser.FormAction(page, formId, url), new FormUrlEncodedContent(values));
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}

/// <summary>The same on PostgreSQL, where concurrent transactions do run side by side.</summary>
public sealed class PostgresUsersAdminFixture() : UsersAdminFixture(TestDatabase.Postgres());

[CollectionDefinition(Name)]
public sealed class UsersAdminCollection : ICollectionFixture<UsersAdminFixture>
{
    public const string Name = "Users administration";
}
