using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Usta.Users;

namespace UstaOrchard.IntegrationTests.Infrastructure;

/// <summary>Users made for one test, signed in through the real login form.</summary>
public static class SiteUsers
{
    public const string Password = "Thu-vien-2021!";

    /// <summary>Creates a user with <paramref name="role"/> (a fresh name unless given) and signs it in on <paramref name="client"/>.</summary>
    public static async Task<HttpClient> SignInAsync(this UstaAppFactory factory, HttpClient client, string role, string? userName = null)
    {
        userName ??= role.ToLowerInvariant() + "-" + Guid.NewGuid().ToString("N")[..8];
        await factory.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<UstaUser>>();
            var user = new UstaUser { UserName = userName };
            Assert.True((await users.CreateAsync(user, Password)).Succeeded);
            await users.AddToRoleAsync(user, role);
            return true;
        });
        var page = await client.GetDocumentAsync("/dang-nhap");
        var response = await client.SubmitAsync(page, "login-form", new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = Password,
        }, "/dang-nhap");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>A new user with <paramref name="role"/>, signed in on a client of its own.</summary>
    public static Task<HttpClient> SignedInAsync(this UstaAppFactory factory, string role, string? userName = null)
        => factory.SignInAsync(factory.CreateBrowser(), role, userName);
}
