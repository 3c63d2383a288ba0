using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Usta.Search.Querying.Bounded;

/// <summary>
/// <see cref="BoundedScorer"/> for a segment where every required word is common. Its matches are
/// the AND of the words' kept bit sets (<see cref="TermScoreBounds"/>), less the excluded words,
/// among the accepted documents: they are counted (<see cref="Count"/>) without reading a posting.
/// Each match is then looked at through its optional clauses, highest bound first, against the most
/// the required words can score in the segment (the sum of their bounds), and is skipped as soon as
/// it cannot reach <see cref="CompetitiveScore.Threshold"/>. Only a match that still can has its
/// required words' postings read, for the score Lucene gives it, to the last bit. So a common word,
/// which matched most documents and had its postings decoded for each, is read only where it counts.
/// <see cref="NextDoc"/> returns just those matches; <see cref="Count"/> is whole once it is exhausted.
/// </summary>
internal sealed class CommonWordsScorer : Scorer
{
    private readonly FixedBitSet _matches;
    private readonly IBits? _accepted;
    private readonly Scorer[] _required;
    private readonly OptionalClauses _optional;
    private readonly double _requiredBound;
    private readonly CompetitiveScore _competitive;
    private int _doc = -1, _freq;
    private float _score;

    /// <param name="matches">Every document of the segment with all the required words and none of the excluded ones (deleted or not).</param>
    /// <param name="accepted">The live (and filtered) documents, or null for all.</param>
    /// <param name="required">The required words' scorers, in the order Lucene's conjunction sums them (by cost, stable).</param>
    /// <param name="requiredBound">The most the required words score together in this segment, a little above.</param>
    /// <param name="optional">Highest bound first, with <paramref name="bounds"/> alike.</param>
    public CommonWordsScorer(Weight weight, FixedBitSet matches, IBits? accepted, Scorer[] required, double requiredBound,
        Scorer[] optional, float[] bounds, float[] coords, CompetitiveScore competitive) : base(weight)
    {
        _matches = matches;
        _accepted = accepted;
        _required = required;
        _requiredBound = requiredBound;
        _optional = new OptionalClauses(optional, bounds, coords, required.Length);
        _competitive = competitive;
    }

    /// <summary>The matches counted so far: all of the segment's once <see cref="NextDoc"/> has returned NO_MORE_DOCS.</summary>
    public int Count { get; private set; }

    public override int DocID => _doc;

    public override int Freq => _required.Length + _freq;

    public override long GetCost() => _matches.Cardinality;

    public override float GetScore() => _score;

    public override int NextDoc()
    {
        var length = _matches.Length;
        for (var doc = _doc + 1 < length ? _matches.NextSetBit(_doc + 1) : -1; doc >= 0; doc = doc + 1 < length ? _matches.NextSetBit(doc + 1) : -1)
        {
            if (_accepted is not null && !_accepted.Get(doc)) continue;
            Count++;
            if (Competes(doc)) return _doc = doc;
        }
        return _doc = NO_MORE_DOCS;
    }

    /// <summary>
    /// Never asked: only <see cref="BoundedSearch"/> makes this scorer (not the weight's GetScorer, which
    /// Lucene's own searches call), and it goes forward one match at a time. Skipping matches would leave
    /// them out of <see cref="Count"/>: a silent wrong total is worse than this refusal.
    /// </summary>
    public override int Advance(int target) => throw new NotSupportedException();

    /// <summary>Whether the match can still reach the page; if so, its score is Lucene's.</summary>
    private bool Competes(int doc)
    {
        if (!_optional.Reach(doc, _requiredBound, _competitive.Threshold, out var found, out var matched)) return false;

        // Summed as BoundedScorer sums them. Every required scorer lands on the match: it has the word, and is accepted.
        var required = 0f;
        foreach (var scorer in _required)
        {
            if (scorer.DocID < doc) scorer.Advance(doc);
            required += scorer.GetScore();
        }
        _freq = matched;
        _score = _optional.Score(required, found, matched);
        return true;
    }
}
