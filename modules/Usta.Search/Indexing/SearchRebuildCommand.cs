using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Usta.Search.Indexing;

/// <summary>
/// The CLI's <c>search rebuild [INDEX]</c>: asks every node to rebuild the index (or all of them) by
/// raising its generation, then, unless a running site holds this node's copy (its worker rebuilds it
/// within seconds), runs this node's sync pass here, which rebuilds the copy into a new generation folder.
/// </summary>
public sealed class SearchRebuildCommand(SearchIndexManager indexes, LocalIndexFolders folders, SearchIndexSync sync,
    SearchIndexStore store, IStringLocalizer<SearchStartup> S)
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

        foreach (var definition in chosen) await indexes.RequestRebuildAsync(definition.Name, requestedBy, ct);
        // One running site holding any copy of this node: it rebuilds them all; two writers would fight over the pointer.
        if (all.Any(d => folders.CurrentFolder(d.Name) is { } folder && LuceneIndex.IsHeldByAnotherProcess(folder)))
        {
            foreach (var definition in chosen)
                await output.WriteLineAsync(S["'{0}': every node will rebuild it; a running site holds this node's copy and rebuilds it within seconds.", definition.Name]);
            return 0;
        }

        var watch = Stopwatch.StartNew();
        await sync.RunAsync(ct);
        var seconds = watch.Elapsed.TotalSeconds.ToString("N2", CultureInfo.GetCultureInfo("vi-VN"));
        foreach (var definition in chosen)
        {
            var documents = store.Current(definition.Name)?.Documents ?? 0;
            await output.WriteLineAsync(S["'{0}': every node will rebuild it; this node's copy was rebuilt: {1} documents in {2} s.", definition.Name, documents, seconds]);
        }
        return 0;
    }
}
