using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Usta.Search.Indexing;

namespace Usta.Search.Querying;

/// <summary>
/// A reader's query in two passes. Lucene 4.8 scores every match (no early termination for
/// relevance), and in news a few common words match most articles: scoring each through every
/// optional clause was most of a search's time. The first pass matches exactly what the whole
/// query matches (so the total is exact) with only the clauses that decide the top (the required
/// words, title matches, a single syllable's exact diacritics, the title's adjacent pairs) and keeps
/// the best <see cref="FirstPassHits"/> (or the page window, if larger). The second pass scores just
/// those with the whole query, so their order is the one the whole query gives. What the first pass
/// leaves out (pairs in the text, a phrase's exact diacritics) can only reorder documents it kept.
/// Not the results page's path today (see SearchService): kept for the bench, which measures both.
/// </summary>
public static class RankedSearch
{
    public const int FirstPassHits = 200;

    /// <summary>Relevance first, the newest first among equals; or the newest first.</summary>
    public static Sort SortOf(SearchSort sort)
    {
        var newest = new SortField(SearchFields.Published, SortFieldType.INT64, reverse: true);
        return sort == SearchSort.Date ? new Sort(newest, SortField.FIELD_SCORE) : new Sort(SortField.FIELD_SCORE, newest);
    }

    /// <summary>The best <paramref name="wanted"/> hits, and the exact total; null when the query has nothing to look for.</summary>
    public static TopDocs? Search(IndexSearcher searcher, ReaderQuery query, Filter? filter, int wanted, SearchSort sort = SearchSort.Relevance,
        int firstPassHits = FirstPassHits)
    {
        var whole = SearchQueryBuilder.Build(query);
        var first = SearchQueryBuilder.Build(query, firstPass: true);
        if (whole is null || first is null) return null;
        wanted = Math.Max(wanted, 1);
        var order = SortOf(sort);
        if (((BooleanQuery)first).Clauses.Count == ((BooleanQuery)whole).Clauses.Count)
            return searcher.Search(whole, filter, wanted, order);

        var candidates = searcher.Search(first, filter, Math.Max(wanted, firstPassHits), order);
        if (candidates.ScoreDocs.Length == 0) return candidates;
        var kept = new FilteredQuery(whole, new DocumentsFilter(candidates.ScoreDocs), FilteredQuery.LEAP_FROG_FILTER_FIRST_STRATEGY);
        var top = searcher.Search(kept, null, wanted, order);
        return new TopDocs(candidates.TotalHits, top.ScoreDocs, top.MaxScore);
    }

    /// <summary>Exactly the given documents (top-level ids), per segment.</summary>
    private sealed class DocumentsFilter : Filter
    {
        private readonly int[] _docs;

        public DocumentsFilter(ScoreDoc[] hits)
        {
            _docs = hits.Select(h => h.Doc).ToArray();
            Array.Sort(_docs);
        }

        public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs)
        {
            var reader = context.AtomicReader;
            var start = Array.BinarySearch(_docs, context.DocBase);
            if (start < 0) start = ~start;
            FixedBitSet? bits = null;
            for (var i = start; i < _docs.Length && _docs[i] < context.DocBase + reader.MaxDoc; i++)
            {
                var doc = _docs[i] - context.DocBase;
                if (acceptDocs is not null && !acceptDocs.Get(doc)) continue;
                (bits ??= new FixedBitSet(reader.MaxDoc)).Set(doc);
            }
            return bits;
        }
    }
}
