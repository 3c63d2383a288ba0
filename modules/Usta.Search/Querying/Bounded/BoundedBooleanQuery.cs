using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace Usta.Search.Querying.Bounded;

/// <summary>
/// A <see cref="BooleanQuery"/> that matches and scores exactly as the one it copies, but whose
/// scorer (<see cref="BoundedScorer"/>) skips the optional clauses of a match that cannot reach
/// <see cref="Competitive"/>. Used where the shape is the reader's query's: required and optional
/// term or phrase clauses, coord on, under the default similarity; any other shape (or a segment
/// without an optional term) is scored by Lucene's own scorer.
/// </summary>
public sealed class BoundedBooleanQuery : BooleanQuery
{
    public CompetitiveScore Competitive { get; }

    public BoundedBooleanQuery(BooleanQuery query, CompetitiveScore competitive) : base(query.CoordDisabled)
    {
        Competitive = competitive;
        foreach (var clause in query.Clauses) Add(clause);
        Boost = query.Boost;
        MinimumNumberShouldMatch = query.MinimumNumberShouldMatch;
    }

    /// <summary>
    /// The shape the bounded scorer takes: coord on, at least one required and one optional clause,
    /// the optional ones terms or exact phrases. Without a required clause Lucene scores out of order
    /// (BooleanScorer), summing in another order: the scores would differ in the last bit.
    /// </summary>
    public static bool Usable(BooleanQuery query)
        => !query.CoordDisabled && query.MinimumNumberShouldMatch == 0
           && query.Clauses.Any(c => c.Occur == Occur.MUST) && query.Clauses.Any(c => c.Occur == Occur.SHOULD)
           && query.Clauses.Where(c => c.Occur == Occur.SHOULD).All(c => c.Query is TermQuery or PhraseQuery { Slop: 0 });

    public override Weight CreateWeight(IndexSearcher searcher) => new BoundedWeight(this, searcher);

    internal sealed class BoundedWeight : BooleanWeight
    {
        private readonly BoundedBooleanQuery _query;
        private readonly IndexReader _top;
        private readonly DefaultSimilarity? _similarity;
        private double[]? _values;

        public BoundedWeight(BoundedBooleanQuery query, IndexSearcher searcher) : base(query, searcher, query.CoordDisabled)
        {
            _query = query;
            _top = searcher.IndexReader;
            // The bounds mirror DefaultSimilarity's formula (tf × idf² × boost × queryNorm × norm).
            _similarity = searcher.Similarity.GetType() == typeof(DefaultSimilarity) && Usable(query) ? (DefaultSimilarity)searcher.Similarity : null;
        }

        public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs)
        {
            if (_similarity is null) return base.GetScorer(context, acceptDocs);
            var clauses = _query.Clauses;
            var required = new List<Scorer>();
            var prohibited = new List<Scorer>();
            for (var i = 0; i < m_weights.Count; i++)
            {
                if (clauses[i].Occur == Occur.SHOULD) continue;
                var scorer = m_weights[i].GetScorer(context, acceptDocs);
                if (scorer is null)
                {
                    if (clauses[i].IsRequired) return null;
                }
                else if (clauses[i].IsRequired) required.Add(scorer);
                else prohibited.Add(scorer);
            }
            if (Optional(context, acceptDocs) is not var (optional, bounds)) return base.GetScorer(context, acceptDocs);
            return new BoundedScorer(this, ByCost(required), prohibited.ToArray(), optional, bounds, Coords(), _query.Competitive);
        }

        /// <summary>
        /// The segment's <see cref="CommonWordsScorer"/>, when every required clause is a word common in
        /// it (and kept with its documents); else null, and the segment is scored by <see cref="GetScorer"/>.
        /// </summary>
        public CommonWordsScorer? CommonWords(AtomicReaderContext context, IBits? acceptDocs)
        {
            if (_similarity is null) return null;
            var reader = context.AtomicReader;
            var clauses = _query.Clauses;
            // Every required clause a common word kept with its documents, or this segment is not for this scorer.
            var words = new List<(int Clause, TermScoreBounds.Bound Kept)>();
            for (var i = 0; i < m_weights.Count; i++)
            {
                if (!clauses[i].IsRequired) continue;
                if (clauses[i].Query is not TermQuery { Term: var term }) return null;
                var kept = TermScoreBounds.Of(reader, _similarity, term.Field, term.Text, withDocs: true);
                if (kept.Docs is null) return null;
                words.Add((i, kept));
            }
            FixedBitSet? matches = null;
            var requiredBound = 0d;
            var required = new List<Scorer>();
            foreach (var (i, kept) in words)
            {
                if (m_weights[i].GetScorer(context, acceptDocs) is not { } scorer) return null;
                required.Add(scorer);
                requiredBound += Bound(i, kept.MaxRaw);
                if (matches is null) matches = kept.Docs!.Clone();
                else matches.And(kept.Docs!);
            }
            if (matches is null || Optional(context, acceptDocs) is not var (optional, bounds)) return null;

            for (var i = 0; i < m_weights.Count; i++)
            {
                if (!clauses[i].IsProhibited) continue;
                // An excluded common word takes its set away; any other, its documents one by one.
                if (clauses[i].Query is TermQuery { Term: var term } && TermScoreBounds.Of(reader, _similarity, term.Field, term.Text, withDocs: true).Docs is { } docs)
                    matches.AndNot(docs);
                else if (m_weights[i].GetScorer(context, null) is { } excluded)
                    for (var doc = excluded.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = excluded.NextDoc()) matches.Clear(doc);
            }
            return new CommonWordsScorer(this, matches, acceptDocs, ByCost(required), requiredBound, optional, bounds, Coords(), _query.Competitive);
        }

        /// <summary>The optional clauses' scorers in the segment, highest bound first, with their bounds; null if none matches there.</summary>
        private (Scorer[] Scorers, float[] Bounds)? Optional(AtomicReaderContext context, IBits? acceptDocs)
        {
            var clauses = _query.Clauses;
            var optional = new List<(Scorer Scorer, float Bound)>();
            for (var i = 0; i < m_weights.Count; i++)
            {
                if (clauses[i].Occur != Occur.SHOULD || m_weights[i].GetScorer(context, acceptDocs) is not { } scorer) continue;
                optional.Add((scorer, Bound(i, clauses[i].Query, context.AtomicReader)));
            }
            if (optional.Count == 0) return null;
            var byBound = optional.OrderByDescending(o => o.Bound).ToArray();
            return (byBound.Select(o => o.Scorer).ToArray(), byBound.Select(o => o.Bound).ToArray());
        }

        // Lucene's conjunction sums the required scores cheapest first (a stable sort by cost).
        private static Scorer[] ByCost(List<Scorer> required) => required.OrderBy(s => s.GetCost()).ToArray();

        private float[] Coords()
        {
            var coords = new float[_query.Clauses.Count(c => !c.IsProhibited) + 1];
            for (var i = 0; i < coords.Length; i++) coords[i] = Coord(i, m_maxCoord);
            return coords;
        }

        /// <summary>The most clause <paramref name="i"/> can score in this segment, a little above.</summary>
        private float Bound(int i, Query clause, AtomicReader reader)
        {
            var terms = clause is TermQuery term ? [term.Term] : ((PhraseQuery)clause).GetTerms();
            // A phrase occurs in a document at most as often as each of its terms.
            return Bound(i, terms.Min(t => TermScoreBounds.Of(reader, _similarity!, t.Field, t.Text).MaxRaw));
        }

        private float Bound(int i, float maxRaw)
        {
            _values ??= Values();
            return (float)(_values[i] * maxRaw * 1.001);
        }

        /// <summary>
        /// Each clause's weight value as its (term or phrase) weight holds it after normalisation:
        /// queryWeight × idf, where queryWeight² is what the weight gives for normalisation and idf
        /// (a phrase's: the sum of its terms') reads the docFreq summed over the segments.
        /// </summary>
        private double[] Values()
        {
            var values = new double[m_weights.Count];
            var clauses = _query.Clauses;
            for (var i = 0; i < values.Length; i++)
            {
                // The optional clauses, and the required words (bounded only where all are common words).
                if (clauses[i].IsProhibited || (clauses[i].IsRequired && clauses[i].Query is not TermQuery)) continue;
                var terms = clauses[i].Query is TermQuery term ? [term.Term] : ((PhraseQuery)clauses[i].Query).GetTerms();
                var idf = 0f;
                foreach (var t in terms)
                {
                    var withDocs = clauses[i].IsRequired;
                    var docFreq = _top.Leaves.Sum(leaf => (long)TermScoreBounds.Of(leaf.AtomicReader, _similarity!, t.Field, t.Text, withDocs).DocFreq);
                    idf += _similarity!.Idf(docFreq, _top.MaxDoc);
                }
                values[i] = Math.Sqrt(m_weights[i].GetValueForNormalization()) * idf;
            }
            return values;
        }
    }
}
