using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Usta.Search.Querying.Bounded;

/// <summary>
/// <c>searcher.Search(query, filter, wanted, sort)</c> with the same hits, order, scores and total,
/// for a relevance-first sort of a <see cref="BooleanQuery"/>: the query runs as a
/// <see cref="BoundedBooleanQuery"/> and the collector keeps its <see cref="CompetitiveScore"/>, so
/// matches that cannot reach the page are counted without scoring their optional clauses. Lucene
/// 4.8 has no such skipping for relevance; with few rare words most matches cannot reach the page.
/// From <see cref="TwoHalvesFrom"/> documents, and when <see cref="TwoHalves.Worthwhile"/>, the two
/// halves of the document ids are searched at once (one on this thread, one on the pool) and their
/// pages merged: no CPU is saved, but one query's wall time about halves on an idle two-core machine.
/// </summary>
public static class BoundedSearch
{
    public const int TwoHalvesFrom = 20_000;

    /// <param name="twoHalvesFrom">0: always in two halves (tests); <see cref="int.MaxValue"/>: never.</param>
    public static TopDocs Search(IndexSearcher searcher, Query query, Filter? filter, int wanted, Sort sort, int twoHalvesFrom = TwoHalvesFrom)
    {
        if (query is not BooleanQuery boolean || sort.GetSort()[0].Type != SortFieldType.SCORE)
            return searcher.Search(query, filter, wanted, sort);

        // As IndexSearcher.Search(query, filter, n, sort) does: at most maxDoc hits, field values
        // filled, no scores or max score tracked; a filtered query scores out of order (FilteredQuery).
        var maxDoc = searcher.IndexReader.MaxDoc;
        var hits = Math.Min(wanted, Math.Max(1, maxDoc));
        if (maxDoc < twoHalvesFrom || (twoHalvesFrom > 0 && !TwoHalves.Worthwhile))
            return Half(searcher, boolean, filter, hits, sort, 0, maxDoc, new CompetitiveScore(hits));

        var first = new CompetitiveScore(hits);
        var second = new CompetitiveScore(hits) { Sibling = first };
        first.Sibling = second;
        TopDocs? low = null, high = null;
        var middle = maxDoc / 2;
        Parallel.Invoke(
            () => low = Half(searcher, boolean, filter, hits, sort, 0, middle, first),
            () => high = Half(searcher, boolean, filter, hits, sort, middle, maxDoc, second));
        // Equal sort values go to the lower shard first, then in each shard's order: by document id, as in one pass.
        return TopDocs.Merge(sort, hits, [low!, high!]);
    }

    /// <summary>The page of the documents in [<paramref name="from"/>, <paramref name="to"/>) (top-level ids), every match counted.</summary>
    private static TopDocs Half(IndexSearcher searcher, BooleanQuery boolean, Filter? filter, int hits, Sort sort, int from, int to,
        CompetitiveScore competitive)
    {
        var bounded = new BoundedBooleanQuery(boolean, competitive);
        var weight = searcher.CreateNormalizedWeight(filter is null ? bounded : new FilteredQuery(bounded, filter));
        var top = TopFieldCollector.Create(sort, hits, true, false, false, docsScoredInOrder: filter is null);
        var collector = new BoundedCollector(top, competitive);
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            int start = Math.Max(from - leaf.DocBase, 0), end = Math.Min(to - leaf.DocBase, leaf.AtomicReader.MaxDoc);
            if (start >= end) continue;
            collector.SetNextReader(leaf);
            var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            if (scorer is null) continue;
            collector.SetScorer(scorer);
            for (var doc = start == 0 ? scorer.NextDoc() : scorer.Advance(start); doc < end; doc = scorer.NextDoc()) collector.Collect(doc);
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
