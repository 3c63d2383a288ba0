using Microsoft.Extensions.DependencyInjection;
using Usta.Search.Indexing;

namespace UstaOrchard.IntegrationTests.Infrastructure;

public static class SearchIndexing
{
    /// <summary>
    /// Returns once the site's search index holds every change saved so far. Tests call it after
    /// publishing and before searching.
    /// GROUNDWORK: rebuilds the default index synchronously; the indexing worker replaces this with
    /// waiting for its cursor to reach the newest task.
    /// </summary>
    public static async Task WaitForSearchIndexAsync(this UstaAppFactory factory, CancellationToken ct = default)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<SearchIndexStore>();
        var rebuilder = scope.ServiceProvider.GetRequiredService<SearchIndexRebuilder>();
        await rebuilder.RebuildAsync(store.Open(SearchIndexDefinition.DefaultName), SearchIndexDefinition.Default, new Dictionary<string, string>(), ct);
    }
}
