using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Usta.Search.Querying.Bounded;

/// <summary>
/// <c>searcher.Search(query, filter, wanted, sort)</c> with the same hits, order, scores and total,
/// for a relevance-first sort of a <see cref="BooleanQuery"/>: the query runs as a
/// <see cref="BoundedBooleanQuery"/> and the collector keeps its <see cref="CompetitiveScore"/>, so
/// matches that cannot reach the page are counted without scoring their optional clauses. Lucene
/// 4.8 has no such skipping for relevance; with few rare words most matches cannot reach the page.
/// Any other query or sort (a reversed relevance sort, a shape the bounded scorer does not take) is
/// Lucene's own search.
/// </summary>
public static class BoundedSearch
{
    public static TopDocs Search(IndexSearcher searcher, Query query, Filter? filter, int wanted, Sort sort)
    {
        // A reversed relevance sort wants the lowest scores, which the bound skips; another shape is
        // scored by Lucene's own scorers, whose choice (in or out of order) only its search makes alike.
        if (query is not BooleanQuery boolean || sort.GetSort()[0] is not { Type: SortFieldType.SCORE, IsReverse: false }
            || !BoundedBooleanQuery.Usable(boolean))
            return searcher.Search(query, filter, wanted, sort);

        // As IndexSearcher.Search(query, filter, n, sort) does: at most maxDoc hits, field values
        // filled, no scores or max score tracked; a filtered query scores out of order (FilteredQuery).
        var hits = Math.Min(wanted, Math.Max(1, searcher.IndexReader.MaxDoc));
        var competitive = new CompetitiveScore(hits);
        var bounded = new BoundedBooleanQuery(boolean, competitive);
        var weight = searcher.CreateNormalizedWeight(filter is null ? bounded : new FilteredQuery(bounded, filter));
        var top = TopFieldCollector.Create(sort, hits, true, false, false, docsScoredInOrder: filter is null);
        var collector = new BoundedCollector(top, competitive);
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            collector.SetNextReader(leaf);
            var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            if (scorer is null) continue;
            collector.SetScorer(scorer);
            for (var doc = scorer.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer.NextDoc()) collector.Collect(doc);
        }
        return top.GetTopDocs();
    }

    private sealed class BoundedCollector(TopFieldCollector inner, CompetitiveScore competitive)
    {
        private Scorer? _scorer;

        public void SetScorer(Scorer scorer)
        {
            _scorer = scorer;
            inner.SetScorer(scorer);
        }

        public void SetNextReader(AtomicReaderContext context) => inner.SetNextReader(context);

        public void Collect(int doc)
        {
            // The scorer keeps the score of its current document: the sort's comparator reads it again.
            competitive.Offer(_scorer!.GetScore());
            inner.Collect(doc);
        }
    }
}
