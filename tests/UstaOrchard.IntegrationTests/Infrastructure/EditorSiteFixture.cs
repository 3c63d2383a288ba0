using Microsoft.Extensions.DependencyInjection;
using UstaOrchard.Core.Recipes;

namespace UstaOrchard.IntegrationTests.Infrastructure;

/// <summary>
/// A usta-setup site on SQLite shared by a test class: each test signs in users and adds items of its
/// own (unique ids and titles), so tests never count what others left.
/// </summary>
public sealed class EditorSiteFixture : IAsyncLifetime
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
