using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Usta.Search.Indexing;
using Usta.Search.Querying;
using Usta.Search.Querying.Bounded;
using UstaOrchard.Core.Text;

namespace UstaOrchard.Bench.Search;

/// <summary>
/// Where a query's time goes, on an index <see cref="SearchBench"/> built: the same sampled
/// queries run as parts of a results page's work (counting the matches, scoring with each kind of
/// optional clause, the stored fields and snippets of the page), CPU time per query for each.
/// </summary>
public static class SearchProfile
{
    public static void Run(string folder, int perClass, string corpus, int seed = 2021)
    {
        using var index = new LuceneIndex("Search", folder);
        using var lease = index.Acquire()!;
        var searcher = lease.Searcher;
        var sampler = new QuerySampler(new SearchCorpus(SearchBench.Model(corpus), seed + 1), 2000, seed + 2);
        var newest = new Sort(SortField.FIELD_SCORE, new SortField(SearchFields.Published, SortFieldType.INT64, reverse: true));

        var steps = new (string Name, Func<ReaderQuery, int> Run)[]
        {
            ("count: MUST only, no scores", q => { var c = new TotalHitCountCollector(); searcher.Search(new ConstantScoreQuery(Part(q, false, false, false)), c); return c.TotalHits; }),
            ("top 10: MUST only", q => searcher.Search(Part(q, false, false, false), 10).TotalHits),
            ("top 10: MUST + title", q => searcher.Search(Part(q, true, false, false), 10).TotalHits),
            ("top 10: MUST + exact", q => searcher.Search(Part(q, false, true, false), 10).TotalHits),
            ("top 10: MUST + pairs", q => searcher.Search(Part(q, false, false, true), 10).TotalHits),
            ("top 10: whole query", q => searcher.Search(SearchQueryBuilder.Build(q)!, 10).TotalHits),
            ("top 10: whole query, sorted (score, date)", q => searcher.Search(SearchQueryBuilder.Build(q)!, null, 10, newest).TotalHits),
            ("top 10: whole query, sorted, bounded (the page)", q => BoundedSearch.Search(searcher, SearchQueryBuilder.Build(q)!, null, 10, newest).TotalHits),
            ("stored fields of 10", q => Page(searcher, q, false)),
            ("stored fields + snippets of 10", q => Page(searcher, q, true)),
        };
        foreach (var (name, queries) in sampler.LatencyClasses(perClass))
        {
            var parsed = queries.Select(b => ReaderQuery.Parse(b.Text)).Where(q => !q.IsEmpty).ToList();
            Console.WriteLine($"{name} ({parsed.Count} queries): CPU ms a query");
            foreach (var (step, run) in steps)
            {
                foreach (var q in parsed.Take(20)) run(q);
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var wall = Stopwatch.StartNew();
                foreach (var q in parsed) run(q);
                Console.WriteLine($"  {step}: {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / parsed.Count:F2} CPU, {wall.Elapsed.TotalMilliseconds / parsed.Count:F2} wall");
            }
        }
    }

    private static int Page(IndexSearcher searcher, ReaderQuery query, bool snippets)
    {
        var top = searcher.Search(SearchQueryBuilder.Build(query)!, 10);
        foreach (var hit in top.ScoreDocs)
        {
            var data = LuceneDocuments.Read(searcher, hit.Doc);
            if (snippets) { SearchHighlighter.Snippet(data.Body, query); SearchHighlighter.Whole(data.Title, query); }
        }
        return top.TotalHits;
    }

    /// <summary>The builder's MUST clauses, with the chosen kinds of optional clauses.</summary>
    private static Query Part(ReaderQuery query, bool title, bool exact, bool pairs)
    {
        var all = (BooleanQuery)SearchQueryBuilder.Build(query)!;
        var part = new BooleanQuery(disableCoord: false);
        foreach (var clause in all.Clauses)
        {
            var field = clause.Query switch { TermQuery t => t.Term.Field, PhraseQuery p => p.GetTerms()[0].Field, _ => "" };
            var keep = clause.Occur != Occur.SHOULD
                       || (title && field == SearchFields.Folded(SearchFields.TitleText))
                       || (exact && field == SearchFields.Exact(SearchFields.Text))
                       || (pairs && (field == SearchFields.Shingles(SearchFields.Text) || field == SearchFields.Shingles(SearchFields.TitleText)));
            if (keep) part.Add(clause);
        }
        return part;
    }
}
