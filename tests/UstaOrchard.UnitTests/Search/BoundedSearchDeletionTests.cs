using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Usta.Search.Querying.Bounded;
using Xunit;

namespace UstaOrchard.UnitTests.Search;

/// <summary>
/// A term's bound is kept per segment core, which every reader over the segment shares, whatever
/// its deletions: a bound computed by a newer reader must still hold for an older one that sees
/// a document the newer one has deleted.
/// </summary>
[Collection(nameof(TermScoreBounds))]
public sealed class BoundedSearchDeletionTests
{
    [Fact]
    public void A_bound_kept_by_a_newer_reader_still_holds_for_an_older_one_that_sees_a_deleted_document()
    {
        using var directory = new RAMDirectory();
        using var writer = new IndexWriter(directory, WhitespaceIndex.Config());
        void Add(string id, string a, string b) => writer.AddDocument(new Document
        {
            new StringField("id", id, Field.Store.NO), new TextField("a", a, Field.Store.NO), new TextField("b", b, Field.Store.NO),
        });
        // Early matches fill the page; the last one has y's largest tf × norm and the best score,
        // but a weaker required clause: only y's true bound keeps it from being skipped.
        for (var i = 0; i < 5; i++) Add($"early{i}", "x", "y z z z");
        for (var i = 0; i < 40; i++) Add($"x-only{i}", "x", "z");
        Add("best", "x w w w", "y");
        writer.Commit();
        using var older = DirectoryReader.Open(directory);

        writer.DeleteDocuments(new Term("id", "best"));
        writer.Commit();
        using var newer = DirectoryReader.OpenIfChanged(older)!;
        Assert.Same(older.Leaves[0].AtomicReader.CoreCacheKey, newer.Leaves[0].AtomicReader.CoreCacheKey);

        var query = new BooleanQuery { { new TermQuery(new Term("a", "x")), Occur.MUST }, { new TermQuery(new Term("b", "y")), Occur.SHOULD } };
        var sort = new Sort(SortField.FIELD_SCORE);
        // The newer reader keeps y's bound first.
        BoundedSearch.Search(new IndexSearcher(newer), query, null, 1, sort);

        var searcher = new IndexSearcher(older);
        var expected = searcher.Search(query, null, 1, sort);
        var actual = BoundedSearch.Search(searcher, query, null, 1, sort);
        Assert.Equal(older.MaxDoc - 1, expected.ScoreDocs[0].Doc);
        Assert.Equal(expected.TotalHits, actual.TotalHits);
        Assert.Equal(expected.ScoreDocs.Select(d => (d.Doc, ((FieldDoc)d).Fields[0]?.ToString())),
            actual.ScoreDocs.Select(d => (d.Doc, ((FieldDoc)d).Fields[0]?.ToString())));
    }
}
