using System.Collections;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Usta.Search.Analysis;
using Usta.Search.Indexing;
using Usta.Search.Querying;
using Usta.Search.Querying.Bounded;

namespace UstaOrchard.Bench.Search;

/// <summary>
/// Checks the index's hits against a scan of every generated article: a query matches an article
/// when each included word is among the folded syllables of its searched texts, each phrase runs in
/// consecutive syllables of ONE text, and no excluded word or phrase does (the semantics the search
/// page documents). The scan folds with <see cref="VietnameseAnalyzer.FoldedSyllables"/> and knows
/// the parts each query was made of; the index gets only the typed text.
/// </summary>
public static class RecallCheck
{
    public sealed record Outcome(BenchQuery Query, int Expected, int TotalHits, int Found, int Wrong, int? MissedExample, int? WrongExample);

    public static List<Outcome> Run(SearchCorpus corpus, int count, IndexSearcher searcher, IReadOnlyList<BenchQuery> queries)
    {
        var clauses = queries.Select(q => q.Parts.Select(p => (Folded: VietnameseAnalyzer.FoldedSyllables(string.Join(' ', p.Syllables)).ToArray(), p.Excluded)).ToArray()).ToArray();
        var expected = queries.Select(_ => new BitArray(count)).ToArray();
        foreach (var article in corpus.Articles(count))
        {
            var index = SearchCorpus.IndexOf(article.ContentItemId);
            var texts = article.SearchedTexts().Select(VietnameseAnalyzer.FoldedSyllables).ToList();
            var all = texts.SelectMany(t => t).ToHashSet(StringComparer.Ordinal);
            for (var q = 0; q < queries.Count; q++)
            {
                var match = clauses[q].All(c => c.Excluded != Contains(texts, all, c.Folded));
                if (match) expected[q][index] = true;
            }
        }

        var outcomes = new List<Outcome>();
        for (var q = 0; q < queries.Count; q++)
        {
            // The total the page shows (the bounded scorer counts every match), and every match of
            // the whole query: both must be the scan's.
            var reader = ReaderQuery.Parse(queries[q].Text);
            var query = SearchQueryBuilder.Build(reader);
            var found = new BitArray(count);
            var totalHits = 0;
            if (query is not null)
            {
                totalHits = BoundedSearch.Search(searcher, query, null, 10, RankedSearch.SortOf(SearchSort.Relevance)).TotalHits;
                searcher.Search(query, new OrdinalCollector(found));
            }
            var want = expected[q];
            int expectedCount = 0, foundRight = 0, wrong = 0;
            int? missed = null, wrongExample = null;
            for (var i = 0; i < count; i++)
            {
                if (want[i]) expectedCount++;
                if (want[i] && found[i]) foundRight++;
                if (want[i] && !found[i]) missed ??= i;
                if (!want[i] && found[i]) { wrong++; wrongExample ??= i; }
            }
            outcomes.Add(new Outcome(queries[q], expectedCount, totalHits, foundRight, wrong, missed, wrongExample));
        }
        return outcomes;
    }

    private static bool Contains(List<List<string>> texts, HashSet<string> all, string[] syllables)
    {
        if (syllables.Length == 0) return false;
        foreach (var s in syllables) if (!all.Contains(s)) return false;
        if (syllables.Length == 1) return true;
        foreach (var text in texts)
        {
            for (var start = 0; start + syllables.Length <= text.Count; start++)
            {
                var i = 0;
                while (i < syllables.Length && text[start + i] == syllables[i]) i++;
                if (i == syllables.Length) return true;
            }
        }
        return false;
    }

    /// <summary>Every hit, as the generated article's number (read from its stored id through the field cache).</summary>
    private sealed class OrdinalCollector(BitArray found) : ICollector
    {
        private BinaryDocValues? _ids;
        private readonly BytesRef _scratch = new();

        public bool AcceptsDocsOutOfOrder => true;
        public void SetScorer(Scorer scorer) { }
        public void SetNextReader(AtomicReaderContext context) => _ids = FieldCache.DEFAULT.GetTerms(context.AtomicReader, SearchFields.Id, false);

        public void Collect(int doc)
        {
            _ids!.Get(doc, _scratch);
            found[SearchCorpus.IndexOf(_scratch.Utf8ToString())] = true;
        }
    }
}
