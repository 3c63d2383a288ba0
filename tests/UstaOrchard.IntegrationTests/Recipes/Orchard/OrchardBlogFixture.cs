using Microsoft.Extensions.DependencyInjection;
using UstaOrchard.Core.Recipes;
using UstaOrchard.IntegrationTests.Infrastructure;
using UstaOrchard.Web;

namespace UstaOrchard.IntegrationTests.Recipes.Orchard;

/// <summary>A blank site on which the Orchard blog export was applied from the command line with --skip-unknown-steps.</summary>
public sealed class OrchardBlogFixture : IAsyncLifetime
{
    public static string RecipePath => Paths.Fixture(Path.Combine("orchard", "blog.recipe.json"));

    public UstaAppFactory Factory { get; } = new(TestDatabase.Sqlite());
    public int ExitCode { get; private set; }
    public string Output { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Factory.CreateClient().Dispose();
        using var output = new StringWriter();
        using var error = new StringWriter();
        ExitCode = await CommandLine.Parse(["recipe", "apply", RecipePath, "--skip-unknown-steps"]).RunAsync(Factory.Services, output, error);
        Output = output + error.ToString();
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();

    public Task<RecipeResult> ApplyAsync(RecipeOptions options)
        => Factory.InScopeAsync(async sp => await sp.GetRequiredService<RecipeExecutor>().ExecuteAsync(await Recipe.LoadAsync(RecipePath), options));
}
