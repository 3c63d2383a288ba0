using System.Collections.Concurrent;
using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Usta.Search.Indexing;
using Usta.Search.Querying.Bounded;
using UstaOrchard.Core.Settings;

namespace Usta.Search.Querying;

/// <summary>
/// The reader's search: the query as <see cref="ReaderQuery"/> documents it, filtered by type,
/// category and published days (site time), sorted by relevance or date, one page of hits with
/// their snippets. Never throws for what a reader typed: the answer carries a <see cref="SearchNotice"/>.
/// </summary>
public sealed class SearchService(SearchIndexStore store, SearchFilterOptionsLoader options, SiteClock clock)
{
    public async Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken ct)
    {
        var filters = await options.LoadAsync(ct);
        var pageSize = filters.Settings.EffectivePageSize;
        var page = Math.Max(1, request.Page);
        var query = ReaderQuery.Parse(Clean(request.Query));
        if (query.IsEmpty)
            return SearchResults.Empty(query, query.Clauses.Count > 0 ? SearchNotice.OnlyExclusions : SearchNotice.EmptyQuery, page, pageSize);

        // While this node builds its copy of the index there is nothing to search: say so, never fail.
        using var lease = store.TryAcquire(filters.Settings.SearchIndex);
        if (lease is null) return SearchResults.Empty(query, SearchNotice.IndexNotReady, page, pageSize);

        var searcher = lease.Searcher;
        var filter = await FilterAsync(request, filters, ct);
        var skip = (long)(page - 1) * pageSize;
        var wanted = (int)Math.Min(skip + pageSize, SearchResults.MaxBrowsableHits);
        // One pass of the whole query (the two-pass RankedSearch could rank a phrase typed with diacritics
        // differently), with the matches that cannot reach the page counted but not fully scored:
        // the same hits, order and total as Lucene's own scorer (bench/README.md, BoundedSearchTests).
        var top = BoundedSearch.Search(searcher, SearchQueryBuilder.Build(query)!, filter, wanted, RankedSearch.SortOf(request.Sort));
        if (top.TotalHits == 0) return SearchResults.Empty(query, SearchNotice.NoResults, page, pageSize);
        if (skip >= top.ScoreDocs.Length)
            return new SearchResults(query, SearchNotice.PageBeyondResults, top.TotalHits, page, pageSize, []);

        var zone = await clock.GetTimeZoneAsync(ct);
        var items = top.ScoreDocs.Skip((int)skip).Take(pageSize)
            .Select(hit => ToItem(LuceneDocuments.Read(searcher, hit.Doc), query, filters, zone))
            .ToList();
        return new SearchResults(query, SearchNotice.None, top.TotalHits, page, pageSize, items);
    }

    /// <summary>Control characters and lone surrogates (which Unicode normalisation refuses) become spaces.</summary>
    public static string Clean(string? input)
    {
        if (string.IsNullOrEmpty(input)) return "";
        var chars = input.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) { i++; continue; }
            if (char.IsControl(chars[i]) || char.IsSurrogate(chars[i])) chars[i] = ' ';
        }
        return new string(chars);
    }

    // Type and category filters are the same for many searches: each is kept with a per-segment cache
    // of its matching documents as bits (BitSetCachingFilter), instead of being computed per search.
    private static readonly ConcurrentDictionary<string, Filter> Cached = new(StringComparer.Ordinal);
    private const int MaxCachedFilters = 256;

    private async Task<Filter?> FilterAsync(SearchRequest request, SearchFilterOptions filters, CancellationToken ct)
    {
        var must = new BooleanQuery();
        var key = "";
        if (request.ContentType is { Length: > 0 } type)
        {
            must.Add(new TermQuery(new Term(SearchFields.Type, type)), Occur.MUST);
            key += "type=" + type;
        }
        else if (filters.Settings.ContentTypes.Count > 0)
        {
            var anyType = new BooleanQuery();
            foreach (var allowed in filters.Types) anyType.Add(new TermQuery(new Term(SearchFields.Type, allowed.Name)), Occur.SHOULD);
            must.Add(anyType, Occur.MUST);
            key += "types=" + string.Join(',', filters.Types.Select(t => t.Name));
        }
        if (request.CategoryId is { Length: > 0 } category)
        {
            must.Add(new TermQuery(new Term(SearchFields.Category, category)), Occur.MUST);
            key += "\ncategory=" + category;
        }
        Filter? kept = null;
        if (must.Clauses.Count > 0)
        {
            if (Cached.Count > MaxCachedFilters) Cached.Clear();
            kept = Cached.GetOrAdd(key, _ => new BitSetCachingFilter(new QueryWrapperFilter(must)));
        }
        if (request.From is null && request.To is null) return kept;

        // Days are the site's: a day starts at local midnight, and "to" includes its whole day.
        long? from = request.From is { } f ? (await clock.ToUtcAsync(f.ToDateTime(TimeOnly.MinValue), ct)).Ticks : null;
        long? to = request.To is { } t ? (await clock.ToUtcAsync(t.AddDays(1).ToDateTime(TimeOnly.MinValue), ct)).Ticks : null;
        var days = new BooleanQuery { { NumericRangeQuery.NewInt64Range(SearchFields.Published, from, to, true, false), Occur.MUST } };
        if (kept is not null) days.Add(new ConstantScoreQuery(kept), Occur.MUST);
        return new QueryWrapperFilter(days);
    }

    private static SearchResultItem ToItem(SearchHitData hit, ReaderQuery query, SearchFilterOptions filters, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(hit.PublishedUtc, zone);
        var snippet = SearchHighlighter.Snippet(hit.Body, query)
            ?? SearchHighlighter.Snippet(hit.Lead, query)
            ?? SearchHighlighter.Start(hit.Lead.Length > 0 ? hit.Lead : hit.Body);
        return new SearchResultItem(hit.ContentItemId, hit.Url, SearchHighlighter.Whole(hit.Title, query), snippet,
            local, local.ToString(SiteClock.DateFormat, CultureInfo.InvariantCulture),
            hit.ContentType, filters.TypeName(hit.ContentType), hit.Categories);
    }
}
