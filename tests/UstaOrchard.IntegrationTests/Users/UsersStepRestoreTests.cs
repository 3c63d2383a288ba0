using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Usta.Users;
using UstaOrchard.Core.Recipes;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Users;

/// <summary>
/// A Users step carrying a password hash (a backup's) creates the user with it; it replaces an existing
/// account's password only in a restore the operator asked for, so an uploaded recipe cannot take an account over.
/// </summary>
public sealed class UsersStepRestoreTests
{
    private const string UserName = "bien-tap-khoi-phuc";
    private const string OwnPassword = "Mat-khau-rieng-2021!";
    private const string RecipePassword = "Mat-khau-cong-thuc-2021!";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task PasswordHash_ReplacesAnExistingPassword_OnlyInARestore(bool restore)
    {
        await using var site = await TestSite.CreateAsync(TestDatabase.Sqlite());
        await site.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<UstaUser>>();
            Assert.True((await users.CreateAsync(new UstaUser { UserName = UserName, Email = "a@example.org" }, OwnPassword)).Succeeded);
            return true;
        });
        var hash = new PasswordHasher<UstaUser>().HashPassword(new UstaUser { UserName = UserName }, RecipePassword);
        var recipe = Recipe.Parse($$"""
            { "name": "users", "steps": [ { "name": "Users", "Users": [
              { "UserName": "{{UserName}}", "Email": "b@example.org", "PasswordHash": "{{hash}}" },
              { "UserName": "nguoi-moi", "PasswordHash": "{{hash}}" } ] } ] }
            """);

        await site.Services.GetRequiredService<RecipeExecutor>().ExecuteAsync(recipe, new RecipeOptions { ReplaceExistingUsers = restore });

        await site.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<UstaUser>>();
            var existing = (await users.FindByNameAsync(UserName))!;
            Assert.Equal(!restore, await users.CheckPasswordAsync(existing, OwnPassword));
            Assert.Equal(restore, await users.CheckPasswordAsync(existing, RecipePassword));
            Assert.Equal(restore ? "b@example.org" : "a@example.org", existing.Email);
            // A new user is created with the hash either way.
            Assert.True(await users.CheckPasswordAsync((await users.FindByNameAsync("nguoi-moi"))!, RecipePassword));
            return true;
        });
    }

    [Fact]
    public async Task ABackup_KeepsDisabledUsersDisabled_AndRestoresAPendingInvitation()
    {
        await using var site = await TestSite.CreateAsync(TestDatabase.Sqlite());
        var hash = new PasswordHasher<UstaUser>().HashPassword(new UstaUser { UserName = "cu-chanh-van-phong" }, RecipePassword);
        var recipe = Recipe.Parse($$"""
            { "name": "users", "steps": [ { "name": "Users", "Users": [
              { "UserName": "cu-chanh-van-phong", "PasswordHash": "{{hash}}", "IsDisabled": true, "MustChangePassword": false },
              { "UserName": "moi-duoc-moi", "PasswordHash": null, "MustChangePassword": false } ] } ] }
            """);

        await site.Services.GetRequiredService<RecipeExecutor>().ExecuteAsync(recipe);

        await site.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<UstaUser>>();
            var departed = (await users.FindByNameAsync("cu-chanh-van-phong"))!;
            Assert.True(departed.IsDisabled);
            var invited = (await users.FindByNameAsync("moi-duoc-moi"))!;
            Assert.Null(invited.PasswordHash);
            Assert.False(invited.IsDisabled);
            return true;
        });
    }
}
