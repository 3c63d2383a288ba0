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

    /// <summary>The ids the reader's query finds, best first.</summary>
    public IReadOnlyList<string> Find(string query)
    {
        var built = SearchQueryBuilder.Build(ReaderQuery.Parse(query));
        if (built is null) return [];
        _reader ??= DirectoryReader.Open(_directory);
        var searcher = new IndexSearcher(_reader);
        return searcher.Search(built, 100).ScoreDocs.Select(d => searcher.Doc(d.Doc).Get(SearchFields.Id)).ToList();
    }

    public void Dispose()
    {
        _reader?.Dispose();
        _directory.Dispose();
    }
}
