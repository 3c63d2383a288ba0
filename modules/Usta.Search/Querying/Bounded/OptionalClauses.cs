using Lucene.Net.Search;

namespace Usta.Search.Querying.Bounded;

/// <summary>
/// A match's optional clauses as both bounded scorers look at them: one by one, highest bound first,
/// stopping as soon as the score the match could still reach (the required part, the scores found,
/// the bounds of the clauses left, at the coord of all of them matching) is below the threshold.
/// </summary>
internal sealed class OptionalClauses
{
    // Float rounding of the real score (a few ulps) against the bound computed in double.
    private const double Margin = 1e-5;

    private readonly Scorer[] _scorers;
    private readonly double[] _tail;
    private readonly float[] _coords;
    private readonly int _required;

    /// <param name="scorers">Highest bound first, with <paramref name="bounds"/> alike.</param>
    /// <param name="coords">Coord by the number of clauses matched, required ones included.</param>
    /// <param name="required">How many required clauses every match has.</param>
    public OptionalClauses(Scorer[] scorers, float[] bounds, float[] coords, int required)
    {
        _scorers = scorers;
        _coords = coords;
        _required = required;
        _tail = new double[scorers.Length + 1];
        for (var i = scorers.Length - 1; i >= 0; i--) _tail[i] = _tail[i + 1] + bounds[i];
    }

    /// <summary>
    /// False when the match at <paramref name="doc"/> cannot reach <paramref name="threshold"/> with
    /// <paramref name="required"/> as its required part (its real score, or a bound of it); else the
    /// sum of its optional scores (in double, as Lucene's disjunction sums them) and how many matched.
    /// </summary>
    public bool Reach(int doc, double required, float threshold, out double found, out int matched)
    {
        var bounded = !float.IsNegativeInfinity(threshold);
        var count = _scorers.Length;
        found = 0d;
        matched = 0;
        if (bounded && (required + _tail[0]) * _coords[_required + count] * (1 + Margin) < threshold) return false;
        for (var i = 0; i < count; i++)
        {
            var optional = _scorers[i];
            var at = optional.DocID;
            if (at < doc) at = optional.Advance(doc);
            if (at == doc)
            {
                found += optional.GetScore();
                matched++;
            }
            if (bounded && (required + found + _tail[i + 1]) * _coords[_required + matched + count - i - 1] * (1 + Margin) < threshold) return false;
        }
        return true;
    }

    /// <summary>Lucene's score of a match: the required scores' float sum plus the optional ones', times the coord.</summary>
    public float Score(float required, double found, int matched) => (required + (float)found) * _coords[_required + matched];
}
