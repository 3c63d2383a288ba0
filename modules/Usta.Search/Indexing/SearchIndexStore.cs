using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;
using UstaOrchard.Core.Data;

namespace Usta.Search.Indexing;

/// <summary>Where this node keeps its indexes: <c>Search:IndexPath</c>, by default <c>{App:DataPath}/Search</c>.</summary>
public sealed record SearchOptions(string IndexPath)
{
    public static SearchOptions From(IConfiguration configuration, AppPaths paths)
    {
        var configured = configuration["Search:IndexPath"];
        var path = string.IsNullOrWhiteSpace(configured) ? Path.Combine(paths.DataPath, "Search")
            : Path.IsPathRooted(configured) ? configured : Path.Combine(paths.DataPath, configured);
        return new SearchOptions(Path.GetFullPath(path));
    }
}

/// <summary>This node's open indexes, by name (one folder each under <see cref="SearchOptions.IndexPath"/>).</summary>
public sealed class SearchIndexStore(SearchOptions options) : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<LuceneIndex>> _indexes = new(StringComparer.OrdinalIgnoreCase);

    public string FolderOf(string name) => Path.Combine(options.IndexPath, name);

    public LuceneIndex Open(string name)
    {
        var index = _indexes.GetOrAdd(name, n => new Lazy<LuceneIndex>(() => new LuceneIndex(n, FolderOf(n))));
        try
        {
            return index.Value;
        }
        catch
        {
            // A Lazy keeps its exception: forget it, so that a folder another process held is opened once it is free.
            _indexes.TryRemove(new KeyValuePair<string, Lazy<LuceneIndex>>(name, index));
            throw;
        }
    }

    /// <summary>A searcher over the named index, or null when this node has no such index (yet).</summary>
    public SearcherLease? TryAcquire(string name)
        => _indexes.TryGetValue(name, out var index) && index.IsValueCreated ? index.Value.Acquire() : null;

    public void Dispose()
    {
        foreach (var index in _indexes.Values.Where(i => i.IsValueCreated)) index.Value.Dispose();
    }
}
