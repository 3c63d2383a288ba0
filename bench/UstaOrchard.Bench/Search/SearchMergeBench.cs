using System.Diagnostics;
using Usta.Search.Indexing;

namespace UstaOrchard.Bench.Search;

/// <summary>Force-merges an index the <c>search</c> verb kept (a copy: it is rewritten) and keeps its commit data, so it is reused.</summary>
public static class SearchMergeBench
{
    public static void Run(string folder, int segments)
    {
        using var index = new LuceneIndex("Search", folder);
        Merge(index, segments);
    }

    public static void Merge(LuceneIndex index, int segments = 1)
    {
        var folder = index.Folder;
        var before = index.Segments;
        var data = new Dictionary<string, string>(index.CommitData);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var started = Stopwatch.StartNew();
        index.ForceMerge(segments);
        index.Commit(data);
        Console.WriteLine($"merged {folder}: {before} → {index.Segments} segments in {started.Elapsed.TotalSeconds:F1} s wall, " +
                          $"process CPU {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:F1} s, {SearchBench.Size(folder) / 1048576.0:F1} MiB on disk");
    }
}
