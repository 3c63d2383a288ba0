using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Usta.Search.Querying.Bounded;
using Xunit;

namespace UstaOrchard.UnitTests.Search;

/// <summary>
/// The kept term bounds are shared by every query: a stream of made-up words (a hostile reader)
/// must not make them grow, and the answers must stay Lucene's.
/// </summary>
[Collection(nameof(TermScoreBounds))]
public sealed class TermScoreBoundsCacheTests
{
    [Fact]
    public void Made_up_words_are_not_kept_and_the_answers_stay_Lucenes()
    {
        using var directory = new RAMDirectory();
        var config = WhitespaceIndex.Config(segmentEvery: 50);
        var random = new Random(11);
        string[] words = ["x", "y", "z", "w", "v"];
        using (var writer = new IndexWriter(directory, config))
        {
            for (var i = 0; i < 150; i++)
                writer.AddDocument(new Document
                {
                    new TextField("a", string.Join(' ', Enumerable.Range(0, random.Next(1, 8)).Select(_ => words[random.Next(words.Length)])), Field.Store.NO),
                });
            writer.Commit();
        }
        using var reader = DirectoryReader.Open(directory);
        Assert.True(reader.Leaves.Count >= 3);
        var searcher = new IndexSearcher(reader);
        var sort = new Sort(SortField.FIELD_SCORE);

        // The real words' bounds first, so that only the made-up ones could add more.
        foreach (var word in words) BoundedSearch.Search(searcher, Query("x", word), null, 3, sort);
        var before = TermScoreBounds.Kept;
        var bytesBefore = TermScoreBounds.KeptDocBytes;
        for (var i = 0; i < 10_000; i++)
        {
            var query = Query("x", "madeup" + i.ToString("x"));
            var expected = searcher.Search(query, null, 3, sort);
            var actual = BoundedSearch.Search(searcher, query, null, 3, sort);
            Assert.Equal(expected.TotalHits, actual.TotalHits);
            Assert.Equal(expected.ScoreDocs.Select(d => (d.Doc, ((FieldDoc)d).Fields[0]?.ToString())),
                actual.ScoreDocs.Select(d => (d.Doc, ((FieldDoc)d).Fields[0]?.ToString())));
        }
        Assert.Equal(before, TermScoreBounds.Kept);
        Assert.True(TermScoreBounds.Kept <= TermScoreBounds.MaxKept);
        // The required common word's set was kept by the first searches; the made-up words keep none.
        Assert.True(bytesBefore > 0);
        Assert.Equal(bytesBefore, TermScoreBounds.KeptDocBytes);
        Assert.True(TermScoreBounds.KeptDocBytes <= TermScoreBounds.MaxKeptDocBytes);
    }

    [Fact]
    public void A_closed_segments_bounds_and_sets_leave_the_counts_at_once()
    {
        // The cap is shared by every segment: a retired copy's room must come back when its readers close,
        // not at a later full collection. Finalizers of earlier tests' segments run first, so only ours move.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var directory = new RAMDirectory();
        var config = WhitespaceIndex.Config(segmentEvery: 40);
        using (var writer = new IndexWriter(directory, config))
        {
            for (var i = 0; i < 120; i++)
                writer.AddDocument(new Document { new TextField("a", i % 3 == 0 ? "x y" : "x z", Field.Store.NO) });
            writer.Commit();
        }
        var before = (TermScoreBounds.Kept, TermScoreBounds.KeptDocBytes);
        using (var reader = DirectoryReader.Open(directory))
        {
            BoundedSearch.Search(new IndexSearcher(reader), Query("x", "z"), null, 3, new Sort(SortField.FIELD_SCORE));
            Assert.True(TermScoreBounds.KeptDocBytes > before.KeptDocBytes);
            Assert.True(TermScoreBounds.Kept > before.Kept);
        }
        Assert.Equal(before, (TermScoreBounds.Kept, TermScoreBounds.KeptDocBytes));
    }

    private static BooleanQuery Query(string required, string optional)
        => new() { { new TermQuery(new Term("a", required)), Occur.MUST }, { new TermQuery(new Term("a", optional)), Occur.SHOULD }, { new TermQuery(new Term("a", "y")), Occur.SHOULD } };
}
