using Lucene.Net.Index;
using Lucene.Net.Search;
using Usta.Search.Analysis;
using Usta.Search.Indexing;

namespace Usta.Search.Box;

/// <summary>A title the reader may be typing, with its address and publication time.</summary>
public sealed record TitleSuggestion(string Title, string Url, DateTime PublishedUtc);

/// <summary>
/// As-you-type suggestions: titles holding every syllable typed (accents and case ignored), the
/// last one as a prefix since the reader is still typing it. Titles with the typed syllables next
/// to each other first, then the newest. Every clause scores a constant, so a title's length does
/// not reorder equal matches. Reads only the title, address and date of each hit.
/// </summary>
public static class TitleSuggestions
{
    public const int MaxResults = 8;
    public const int MinLength = 2;
    public const int MaxLength = 100;
    private const int MaxSyllables = 10;

    private static readonly ISet<string> Loaded = new HashSet<string> { SearchFields.Title, SearchFields.Url, SearchFields.Published };

    /// <summary>The Lucene query for what the reader typed, or null when it asks for nothing.</summary>
    public static Query? Build(string? typed, IReadOnlyCollection<string>? contentTypes = null)
    {
        var text = typed?.Trim() ?? "";
        if (text.Length < MinLength || text.Length > MaxLength) return null;
        var syllables = VietnameseAnalyzer.FoldedSyllables(text);
        if (syllables.Count == 0) return null;
        if (syllables.Count > MaxSyllables) syllables = syllables[..MaxSyllables];

        var field = SearchFields.Folded(SearchFields.TitleText);
        var query = new BooleanQuery();
        for (var i = 0; i < syllables.Count - 1; i++) query.Add(Constant(new TermQuery(new Term(field, syllables[i]))), Occur.MUST);
        var last = syllables[^1];
        query.Add(Constant(new PrefixQuery(new Term(field, last))), Occur.MUST);
        // The last syllable typed in full ranks above titles that only start with it ("hoa" before "hoach").
        query.Add(Constant(new TermQuery(new Term(field, last))), Occur.SHOULD);
        // Typed syllables next to each other in the title rank first: "dong n" puts "Đồng Nai" above "nhi đồng năm".
        var shingles = SearchFields.Shingles(SearchFields.TitleText);
        for (var i = 0; i < syllables.Count - 2; i++)
            query.Add(Constant(new TermQuery(new Term(shingles, syllables[i] + " " + syllables[i + 1]))), Occur.SHOULD);
        if (syllables.Count > 1) query.Add(Constant(new PrefixQuery(new Term(shingles, syllables[^2] + " " + last))), Occur.SHOULD);

        if (contentTypes is { Count: > 0 })
        {
            var types = new BooleanQuery();
            foreach (var type in contentTypes) types.Add(new TermQuery(new Term(SearchFields.Type, type)), Occur.SHOULD);
            query.Add(types, Occur.MUST);
        }
        return query;
    }

    private static Query Constant(Query query) => new ConstantScoreQuery(query);

    public static IReadOnlyList<TitleSuggestion> Find(IndexSearcher searcher, string? typed, IReadOnlyCollection<string>? contentTypes = null)
    {
        var query = Build(typed, contentTypes);
        return query is null ? [] : Find(searcher, query);
    }

    /// <summary>The suggestions for a query <see cref="Build"/> made.</summary>
    public static IReadOnlyList<TitleSuggestion> Find(IndexSearcher searcher, Query query)
    {
        var sort = new Sort(SortField.FIELD_SCORE, new SortField(SearchFields.Published, SortFieldType.INT64, reverse: true));
        var hits = searcher.Search(query, null, MaxResults, sort, doDocScores: true, doMaxScore: false);
        return hits.ScoreDocs.Select(hit =>
        {
            var document = searcher.Doc(hit.Doc, Loaded);
            return new TitleSuggestion(
                document.Get(SearchFields.Title) ?? "",
                document.Get(SearchFields.Url) ?? "/",
                new DateTime(document.GetField(SearchFields.Published)?.GetInt64Value() ?? 0L, DateTimeKind.Utc));
        }).ToList();
    }
}
