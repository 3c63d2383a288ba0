using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Usta.Search.Indexing;
using UstaOrchard.Core.Data;

namespace UstaOrchard.IntegrationTests.Infrastructure;

public static class SearchIndexing
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Returns once this host's copy of the default search index holds every change saved so far:
    /// its worker has built the current generation and applied every task written until now. Tests
    /// call it after publishing and before searching. Fails after <see cref="Timeout"/>.
    /// </summary>
    public static Task WaitForSearchIndexAsync(this UstaAppFactory factory, CancellationToken ct = default)
        => factory.Services.WaitForSearchIndexAsync(SearchIndexDefinition.DefaultName, ct);

    public static Task WaitForSearchIndexAsync(this UstaAppFactory factory, string indexName, CancellationToken ct = default)
        => factory.Services.WaitForSearchIndexAsync(indexName, ct);

    public static async Task WaitForSearchIndexAsync(this IServiceProvider services, string indexName, CancellationToken ct = default)
    {
        var (generation, latestTask) = await TargetAsync(services, indexName, ct);
        var store = services.GetRequiredService<SearchIndexStore>();
        var signal = services.GetRequiredService<SearchIndexingSignal>();
        var deadline = DateTime.UtcNow + Timeout;
        while (true)
        {
            var state = store.StateOf(indexName);
            if (state is { Ready: true } && state.Generation >= generation && state.Cursor >= latestTask) return;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"The search index '{indexName}' of this host did not catch up within {Timeout.TotalSeconds} s: " +
                                           $"wanted generation {generation} and task {latestTask}, it has " +
                                           (state is null ? "no copy" : $"generation {state.Generation}, task {state.Cursor}, ready {state.Ready}, rebuilding {state.Rebuilding}") +
                                           ". Is the indexing worker running (a host started with WebApplicationFactory runs it)?");
            signal.Poke();
            await Task.Delay(25, ct);
        }
    }

    private static async Task<(int Generation, long LatestTask)> TargetAsync(IServiceProvider services, string indexName, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<UstaDbContext>();
        var generation = await db.Set<SearchIndexRecord>().Where(x => x.Name == indexName).Select(x => (int?)x.Generation).FirstOrDefaultAsync(ct)
                         ?? throw new InvalidOperationException($"No search index '{indexName}' is defined.");
        var latest = await db.Set<SearchIndexingTask>().MaxAsync(x => (long?)x.Id, ct) ?? 0;
        // Pruned rows are gone from the table but a copy must still have passed them.
        var pruned = await db.Set<SearchTaskPruning>().Where(x => x.Id == 1).Select(x => (long?)x.PrunedThrough).FirstOrDefaultAsync(ct) ?? 0;
        return (generation, Math.Max(latest, pruned));
    }
}
