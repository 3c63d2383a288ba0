using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Usta.Search.Querying.Bounded;

/// <summary>
/// <c>searcher.Search(query, filter, wanted, sort)</c> with the same hits, order, scores and total,
/// for a relevance-first sort of a <see cref="BooleanQuery"/>: the query runs as a
/// <see cref="BoundedBooleanQuery"/> and the collector keeps its <see cref="CompetitiveScore"/>, so
/// matches that cannot reach the page are counted without scoring their optional clauses. Lucene
/// 4.8 has no such skipping for relevance; with few rare words most matches cannot reach the page.
/// In a segment where every required word is common, the matches are counted from the words' kept
/// bit sets and only those that can reach the page are scored (<see cref="CommonWordsScorer"/>);
/// elsewhere each match is (<see cref="BoundedScorer"/>). Any other query or sort (a reversed
/// relevance sort, a shape the bounded scorer does not take) is Lucene's own search.
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
        // filled, no scores or max score tracked. The filter is applied as FilteredQuery applies one
        // by random access: its documents are the scorers' accepted ones (scores are not changed).
        var hits = Math.Min(wanted, Math.Max(1, searcher.IndexReader.MaxDoc));
        var competitive = new CompetitiveScore(hits);
        var bounded = new BoundedBooleanQuery(boolean, competitive);
        var weight = (BoundedBooleanQuery.BoundedWeight)searcher.CreateNormalizedWeight(bounded);
        var top = TopFieldCollector.Create(sort, hits, true, false, false, docsScoredInOrder: true);
        var collector = new BoundedCollector(top, competitive);
        var total = 0;
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            if (!Accepted(leaf, filter, out var accepted)) continue;
            collector.SetNextReader(leaf);
            var common = weight.CommonWords(leaf, accepted);
            var scorer = common ?? weight.GetScorer(leaf, accepted);
            if (scorer is null) continue;
            collector.SetScorer(scorer);
            var collected = 0;
            for (var doc = scorer.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer.NextDoc())
            {
                collector.Collect(doc);
                collected++;
            }
            // The common words' scorer returns only the matches that could reach the page, and counts them all.
            total += common?.Count ?? collected;
            if (common is null) Interlocked.Increment(ref _segmentsScored);
            else
            {
                Interlocked.Increment(ref _segmentsCounted);
                Interlocked.Add(ref _matchesCounted, common.Count);
                Interlocked.Add(ref _matchesCountedScored, collected);
            }
        }
        var found = (TopFieldDocs)top.GetTopDocs();
        return new TopFieldDocs(total, found.ScoreDocs, found.Fields, found.MaxScore);
    }

    private static long _segmentsCounted, _segmentsScored, _matchesCounted, _matchesCountedScored;

    /// <summary>What the searches so far did, for tests and the bench.</summary>
    /// <param name="SegmentsFromSets">Segments searched by <see cref="CommonWordsScorer"/>, their matches counted from bit sets.</param>
    /// <param name="SegmentsOneByOne">Segments searched by <see cref="BoundedScorer"/> (or Lucene's own scorer), every match iterated.</param>
    /// <param name="MatchesFromSets">The matches of the first kind of segment.</param>
    /// <param name="MatchesFromSetsScored">Those of them scored in full (their required words' postings read).</param>
    public readonly record struct Counts(long SegmentsFromSets, long SegmentsOneByOne, long MatchesFromSets, long MatchesFromSetsScored);

    public static Counts Done => new(Interlocked.Read(ref _segmentsCounted), Interlocked.Read(ref _segmentsScored),
        Interlocked.Read(ref _matchesCounted), Interlocked.Read(ref _matchesCountedScored));

    /// <summary>
    /// The documents of a segment a search may return: the live ones, or the filter's (which FilteredQuery
    /// would give its scorer: the filter applies the live documents itself). False when there are none.
    /// </summary>
    private static bool Accepted(AtomicReaderContext leaf, Filter? filter, out IBits? accepted)
    {
        accepted = leaf.AtomicReader.LiveDocs;
        if (filter is null) return true;
        var set = filter.GetDocIdSet(leaf, accepted);
        if (set is null) return false;
        accepted = set.Bits;
        if (accepted is not null) return true;
        // A set without random access (a range of days): its documents as bits, once for the search.
        var iterator = set.GetIterator();
        if (iterator is null) return false;
        var bits = new FixedBitSet(leaf.AtomicReader.MaxDoc);
        bits.Or(iterator);
        accepted = bits;
        return true;
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
