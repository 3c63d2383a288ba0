using Lucene.Net.Index;
using Lucene.Net.Search;
using Usta.Search.Indexing;
using UstaOrchard.Core.Text;

namespace Usta.Search.Querying;

/// <summary>
/// The Lucene query for a <see cref="ReaderQuery"/>. What matches: every included word (folded,
/// so accents and case never matter) and every phrase (adjacent syllables within one text), and
/// no excluded one. What ranks higher, without changing what matches: the reader's exact
/// diacritics, matches in the title, and the reader's words next to each other.
/// </summary>
public static class SearchQueryBuilder
{
    public const float TitleBoost = 3f;
    public const float ExactBoost = 2f;
    public const float AdjacentBoost = 1.5f;

    /// <summary>
    /// Null when the query has nothing to look for. The <paramref name="firstPass"/> query matches
    /// exactly the same documents but leaves out the optional clauses that are costly to score on
    /// every match and rarely decide the top (see <see cref="RankedSearch"/>): the adjacent pairs in
    /// the text (the title's pairs stay) and the exact diacritics of a phrase (a phrase's folded
    /// syllables seldom spell another phrase; a single syllable's often do, so those stay).
    /// </summary>
    public static Query? Build(ReaderQuery query, bool firstPass = false)
    {
        if (query.IsEmpty) return null;
        var root = new BooleanQuery(disableCoord: false);
        ReaderClause? previous = null;
        foreach (var clause in query.Clauses)
        {
            if (clause.Excluded)
            {
                root.Add(Folded(SearchFields.Text, clause.Folded), Occur.MUST_NOT);
                previous = null;
                continue;
            }

            root.Add(Folded(SearchFields.Text, clause.Folded), Occur.MUST);
            root.Add(Boosted(Folded(SearchFields.TitleText, clause.Folded), TitleBoost), Occur.SHOULD);
            if (clause.Syllables.Any(VietnameseText.HasDiacritics) && !(firstPass && clause.IsPhrase))
            {
                var exact = clause.Syllables.Select(VietnameseText.ExactKey).ToList();
                root.Add(Boosted(Match(SearchFields.Exact(SearchFields.Text), exact), ExactBoost), Occur.SHOULD);
            }

            // Unquoted words typed together rank higher where they stand together.
            if (previous is { Quoted: false, IsPhrase: false } && clause is { Quoted: false, IsPhrase: false })
            {
                var pair = previous.Folded[0] + " " + clause.Folded[0];
                if (!firstPass) root.Add(Boosted(new TermQuery(new Term(SearchFields.Shingles(SearchFields.Text), pair)), AdjacentBoost), Occur.SHOULD);
                root.Add(Boosted(new TermQuery(new Term(SearchFields.Shingles(SearchFields.TitleText), pair)), AdjacentBoost), Occur.SHOULD);
            }
            previous = clause;
        }
        return root;
    }

    /// <summary>
    /// Folded syllables in <paramref name="field"/>, adjacent when there are several. A phrase asks the
    /// shingle field: "khoa học" is one shingle term, "khoa học và công nghệ" a phrase of four shingles.
    /// Both match exactly where the phrase of single syllables would (shingles never span two texts),
    /// but their posting lists are far shorter than those of common syllables, and two syllables need
    /// no positions at all: phrases of common words were the slowest queries.
    /// </summary>
    private static Query Folded(string field, IReadOnlyList<string> syllables)
    {
        if (syllables.Count == 1) return new TermQuery(new Term(SearchFields.Folded(field), syllables[0]));
        var shingles = new List<string>(syllables.Count - 1);
        for (var i = 0; i + 1 < syllables.Count; i++) shingles.Add(syllables[i] + " " + syllables[i + 1]);
        return Match(SearchFields.Shingles(field), shingles);
    }

    private static Query Match(string field, IReadOnlyList<string> syllables)
    {
        if (syllables.Count == 1) return new TermQuery(new Term(field, syllables[0]));
        var phrase = new PhraseQuery();
        foreach (var syllable in syllables) phrase.Add(new Term(field, syllable));
        return phrase;
    }

    private static Query Boosted(Query query, float boost)
    {
        query.Boost = boost;
        return query;
    }
}
