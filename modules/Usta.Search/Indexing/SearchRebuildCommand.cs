using System.Globalization;
using Lucene.Net.Store;
using Microsoft.Extensions.Localization;

namespace Usta.Search.Indexing;

/// <summary>
/// The CLI's <c>search rebuild [INDEX]</c>: asks every node to rebuild the index (or all of them) by
/// raising its generation, then rebuilds this node's copy at once unless a running site holds it
/// (Lucene's write lock), in which case that site's worker rebuilds it within seconds.
/// </summary>
public sealed class SearchRebuildCommand(SearchIndexManager indexes, SearchIndexStatusReader status, SearchIndexStore store,
    SearchIndexRebuilder rebuilder, TimeProvider clock, IStringLocalizer<SearchStartup> S)
{
    public async Task<int> RunAsync(string? name, string requestedBy, TextWriter output, TextWriter error, CancellationToken ct = default)
    {
        var all = await indexes.ListAsync(ct);
        var chosen = name is null ? all : all.Where(d => d.Name == name).ToList();
        if (chosen.Count == 0)
        {
            await error.WriteLineAsync(name is null
                ? S["No search index is defined."]
                : S["No search index '{0}'. Indexes: {1}", name, string.Join(", ", all.Select(d => d.Name))]);
            return 1;
        }

        foreach (var definition in chosen)
        {
            await indexes.RequestRebuildAsync(definition.Name, requestedBy, ct);
            await RebuildHereAsync(definition, output, ct);
        }
        return 0;
    }

    private async Task RebuildHereAsync(SearchIndexDefinition definition, TextWriter output, CancellationToken ct)
    {
        LuceneIndex index;
        try
        {
            index = store.Open(definition.Name);
        }
        catch (LockObtainFailedException)
        {
            await output.WriteLineAsync(S["'{0}': every node will rebuild it; a running site holds this node's copy and rebuilds it within seconds.", definition.Name]);
            return;
        }

        var current = (await status.GetAsync(definition.Name, ct))!;
        var started = clock.GetTimestamp();
        var documents = await rebuilder.RebuildAsync(index, definition, CommitData(current), ct);
        var seconds = clock.GetElapsedTime(started).TotalSeconds.ToString("N2", CultureInfo.GetCultureInfo("vi-VN"));
        await output.WriteLineAsync(S["'{0}': every node will rebuild it; this node's copy was rebuilt: {1} documents in {2} s.", definition.Name, documents, seconds]);
    }

    // What a rebuilt copy records beside its documents: the generation it was built for and the newest
    // task it already holds (tasks are read before the items, so replaying later ones is harmless).
    private static Dictionary<string, string> CommitData(SearchIndexStatus current) => new()
    {
        ["generation"] = current.Generation.ToString(CultureInfo.InvariantCulture),
        ["cursor"] = current.LatestTaskId.ToString(CultureInfo.InvariantCulture),
    };
}
