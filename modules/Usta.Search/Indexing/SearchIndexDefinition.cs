using Usta.Search.Analysis;

namespace Usta.Search.Indexing;

/// <summary>
/// One search index as the <c>lucene-index</c> recipe step describes it (Orchard's shape): its name,
/// its analyzer, whether it holds latest versions (drafts: never for the public search) or the
/// published ones, and the content types it holds.
/// </summary>
public sealed record SearchIndexDefinition(string Name, string AnalyzerName, bool IndexLatest, IReadOnlyList<string> IndexedContentTypes)
{
    public const string DefaultName = "Search";

    public static SearchIndexDefinition Default { get; } =
        new(DefaultName, VietnameseAnalyzer.Name, false, ["Article", "Bulletin", "Page"]);
}
