using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Usta.Search.Analysis;
using Usta.Search.Indexing;
using Usta.Search.Querying;

namespace UstaOrchard.UnitTests.Search;

/// <summary>A real Lucene index in memory, written with the site's analyzer and document mapping.</summary>
public sealed class SearchIndexTestBed : IDisposable
{
    private readonly RAMDirectory _directory = new();
    private DirectoryReader? _reader;

    public SearchIndexTestBed(params SearchDocument[] documents)
    {
        using var writer = new IndexWriter(_directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new VietnameseAnalyzer()));
        foreach (var document in documents) writer.AddDocument(LuceneDocuments.ToDocument(document));
        writer.Commit();
    }

    public static SearchDocument Doc(string id, string title, string body = "", string lead = "")
        => new() { ContentItemId = id, ContentType = "Article", Title = title, Body = body, Lead = lead, PublishedUtc = new DateTime(2021, 12, 8, 0, 0, 0, DateTimeKind.Utc) };

    /// <summary>A searcher over the index, for query code that takes one (suggestions).</summary>
    public IndexSearcher Searcher => new(_reader ??= DirectoryReader.Open(_directory));

    /// <summary>The ids the reader's query finds, best first, as the results page ranks them (<see cref="RankedSearch"/>).</summary>
    public IReadOnlyList<string> Find(string query, int firstPassHits = RankedSearch.FirstPassHits)
    {
        var searcher = Searcher;
        var top = RankedSearch.Search(searcher, ReaderQuery.Parse(query), null, 100, firstPassHits: firstPassHits);
        return top is null ? [] : top.ScoreDocs.Select(d => searcher.Doc(d.Doc).Get(SearchFields.Id)).ToList();
    }

    /// <summary>The whole query scored on every match in one pass (what the two passes must agree with), and its total.</summary>
    public (IReadOnlyList<string> Ids, int Total) FindInOnePass(string query)
    {
        var built = SearchQueryBuilder.Build(ReaderQuery.Parse(query));
        if (built is null) return ([], 0);
        var searcher = Searcher;
        var top = searcher.Search(built, null, 100, RankedSearch.SortOf(SearchSort.Relevance));
        return (top.ScoreDocs.Select(d => searcher.Doc(d.Doc).Get(SearchFields.Id)).ToList(), top.TotalHits);
    }

    public int Total(string query) => RankedSearch.Search(Searcher, ReaderQuery.Parse(query), null, 10)?.TotalHits ?? 0;

    public void Dispose()
    {
        _reader?.Dispose();
        _directory.Dispose();
    }
}
