using Microsoft.Extensions.DependencyInjection;
using UstaOrchard.Core.Recipes;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Recipes;

/// <summary>A recipe from someone else, applied by the real executor: it cannot read the site's secrets.</summary>
public sealed class RecipeSandboxTests
{
    [Fact]
    public async Task RecipeReadingTheAdministratorsPassword_FailsNamingTheKey_AndChangesNothing()
    {
        await using var site = await TestSite.CreateAsync(TestDatabase.Sqlite());
        site.Logs.Expect(e => e.Category.EndsWith(nameof(RecipeExecutor)));
        var before = await DatabaseSnapshot.TakeAsync(site);

        var error = await Assert.ThrowsAsync<RecipeExecutionException>(() => site.Services.GetRequiredService<RecipeExecutor>().ExecuteAsync(Recipe.Parse("""
            { "name": "stranger", "steps": [ { "name": "Settings", "SiteName": "[js: configuration('Setup__AdminPassword')]" } ] }
            """)));

        Assert.StartsWith("Bước 1 (Settings) thất bại tại mục 'Setup__AdminPassword': công thức không được đọc khóa cấu hình 'Setup__AdminPassword'", error.Message);
        Assert.DoesNotContain(TestAccounts.AdminPassword, error.Message);
        Assert.DoesNotContain(site.Logs.Entries, e => e.Message.Contains(TestAccounts.AdminPassword));
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(site));
    }
}
