using Lucene.Net.Search;

namespace Usta.Search.Querying.Bounded;

/// <summary>
/// What Lucene's BooleanScorer2 does for required, prohibited and optional clauses with coord, with
/// the same score to the last bit: the required scores summed in float in the order its conjunction
/// sums them (cheapest first), the optional ones summed in double and cast to float, then
/// <c>(required + optional) × coord(matched clauses)</c>. The difference: a match's optional clauses
/// are looked at one by one, the highest bound first, and as soon as the score it could still reach
/// (the scores found + the bounds of the clauses left, at the coord of all of them matching) is
/// below <see cref="CompetitiveScore.Threshold"/>, the match is given negative infinity and its
/// other clauses are never advanced to it. Every match is still returned (the total stays exact).
/// </summary>
internal sealed class BoundedScorer : Scorer
{
    private readonly Scorer[] _required;
    private readonly Scorer _lead;
    private readonly Scorer[] _prohibited;
    private readonly OptionalClauses _optional;
    private readonly CompetitiveScore _competitive;
    private int _doc = -1, _scoredDoc = -1, _freq;
    private float _score;

    /// <param name="required">In the order Lucene's conjunction sums them (by cost, stable).</param>
    /// <param name="optional">Highest bound first, with <paramref name="bounds"/> alike.</param>
    public BoundedScorer(Weight weight, Scorer[] required, Scorer[] prohibited, Scorer[] optional, float[] bounds, float[] coords,
        CompetitiveScore competitive) : base(weight)
    {
        _required = required;
        _lead = required[0];
        _prohibited = prohibited;
        _optional = new OptionalClauses(optional, bounds, coords, required.Length);
        _competitive = competitive;
    }

    public override int DocID => _doc;

    public override int Freq => _required.Length + _freq;

    public override long GetCost() => _lead.GetCost();

    public override int NextDoc() => _doc = Next(_lead.NextDoc());

    public override int Advance(int target) => _doc = Next(_lead.Advance(target));

    private int Next(int doc)
    {
        while (doc != NO_MORE_DOCS)
        {
            doc = Align(doc);
            if (doc == NO_MORE_DOCS || !Excluded(doc)) return doc;
            doc = _lead.NextDoc();
        }
        return doc;
    }

    /// <summary>The first document at or after the lead's that every required clause has.</summary>
    private int Align(int doc)
    {
        for (var i = 1; i < _required.Length && doc != NO_MORE_DOCS;)
        {
            var other = _required[i];
            var at = other.DocID;
            if (at < doc) at = other.Advance(doc);
            if (at > doc) { doc = _lead.Advance(at); i = 1; continue; }
            i++;
        }
        return doc;
    }

    private bool Excluded(int doc)
    {
        foreach (var prohibited in _prohibited)
        {
            var at = prohibited.DocID;
            if (at < doc) at = prohibited.Advance(doc);
            if (at == doc) return true;
        }
        return false;
    }

    public override float GetScore()
    {
        if (_scoredDoc == _doc) return _score;
        _scoredDoc = _doc;
        var required = 0f;
        foreach (var scorer in _required) required += scorer.GetScore();

        if (!_optional.Reach(_doc, required, _competitive.Threshold, out var found, out var matched)) return Skip();
        _freq = matched;
        return _score = _optional.Score(required, found, matched);
    }

    private float Skip()
    {
        _freq = 0;
        return _score = float.NegativeInfinity;
    }
}
