using Microsoft.Extensions.DependencyInjection;
using UstaOrchard.Core.Recipes;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Contents.Html;

/// <summary>A usta-setup site on SQLite; each test adds items of its own with unique ids and titles.</summary>
public sealed class HtmlSiteFixture : IAsyncLifetime
{
    public UstaAppFactory Factory { get; } = new(TestDatabase.Sqlite());

    public Task InitializeAsync()
    {
        Factory.CreateClient().Dispose();
        return Task.CompletedTask;
    }

    public Task ApplyAsync(string json) => Factory.Services.GetRequiredService<RecipeExecutor>().ExecuteAsync(Recipe.Parse(json));

    public static string NewId() => Guid.NewGuid().ToString("N")[..26];

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
