using Microsoft.Extensions.DependencyInjection;
using UstaOrchard.Core.Recipes;
using UstaOrchard.Core.Settings;
using UstaOrchard.Core.Setup;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Host;

public class SiteSetupTests
{
    private static Dictionary<string, string?> Recipe(string fixture, string? password = null) => new()
    {
        ["Setup:Recipe"] = Paths.Fixture(fixture),
        ["Setup:AdminPassword"] = password,
    };

    [Fact]
    public async Task GeneratedPassword_IsPrintedOnlyWhenTheRecipeCreatesTheAdministrator()
    {
        await using var site = await TestSite.CreateAsync(TestDatabase.Sqlite(), settings: Recipe("small.recipe.json", password: ""));
        site.Logs.Expect(e => e.Message.Contains("creates no administrator"));

        var outcome = await site.Services.GetRequiredService<SiteSetup>().EnsureSetUpAsync();

        Assert.True(outcome.Applied);
        Assert.Null(outcome.GeneratedPassword);
    }

    [Fact]
    public async Task GeneratedPassword_IsReturnedOnce_ForTheSetupRecipe()
    {
        await using var site = await TestSite.CreateAsync(TestDatabase.Sqlite(), settings: new Dictionary<string, string?> { ["Setup:AdminPassword"] = "" });
        var setup = site.Services.GetRequiredService<SiteSetup>();

        var first = await setup.EnsureSetUpAsync();
        var second = await setup.EnsureSetUpAsync();

        Assert.NotNull(first.GeneratedPassword);
        Assert.Equal(20, first.GeneratedPassword.Length);
        Assert.False(second.Applied);
        Assert.Null(second.GeneratedPassword);
    }

    [Fact]
    public async Task BrokenSetupRecipe_LeavesTheSiteNotSetUp()
    {
        await using var site = await TestSite.CreateAsync(TestDatabase.Sqlite(), settings: Recipe("broken.recipe.json"));
        site.Logs.Expect(e => e.Category.EndsWith(nameof(RecipeExecutor)));
        var before = await DatabaseSnapshot.TakeAsync(site);

        var error = await Assert.ThrowsAsync<RecipeExecutionException>(() => site.Services.GetRequiredService<SiteSetup>().EnsureSetUpAsync());

        Assert.Equal(2, error.StepIndex);
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(site));
        Assert.Null((await site.InScopeAsync(sp => sp.GetRequiredService<SiteService>().GetAsync())).SetupCompletedUtc);
    }

    [Fact]
    public async Task MissingSetupRecipe_IsNamed()
    {
        await using var site = await TestSite.CreateAsync(TestDatabase.Sqlite(), settings: new Dictionary<string, string?> { ["Setup:Recipe"] = "khong-co" });

        var error = await Assert.ThrowsAsync<RecipeFormatException>(() => site.Services.GetRequiredService<SiteSetup>().EnsureSetUpAsync());

        Assert.Equal("khong-co", error.RecipeSource);
        Assert.Contains(Paths.Recipes, error.Message);
    }
}
