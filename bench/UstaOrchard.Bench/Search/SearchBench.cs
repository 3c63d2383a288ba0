using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Usta.Search.Indexing;
using Usta.Search.Querying;
using Usta.Search.Querying.Bounded;
using UstaOrchard.Core.Text;

namespace UstaOrchard.Bench.Search;

/// <summary>
/// The search benchmark in one process: build a real on-disk index of N generated articles with
/// the site's writer (<see cref="LuceneIndex"/>: analyzer, document mapping, update by id), then
/// time readers' queries as a results page runs them, the suggestions' prefix query, and check
/// every hit count against a scan of the generated text.
/// </summary>
public static class SearchBench
{
    public static void Run(int count, string folder, int seed, int perClass, int recallPerShape, string corpusName = "sample")
    {
        var model = Model(corpusName);
        var corpus = new SearchCorpus(model, seed);
        Console.WriteLine($"model: {model.SampleWords:N0} words of sample text, {model.DistinctWords:N0} distinct; corpus {model.Name}; seed {seed}");

        // A folder this verb built before for the same articles (count and seed in its commit) is
        // reused: the queries can be re-measured without the minutes of the build.
        var built = model.Vocabulary is null ? $"{count}/{seed}" : $"{count}/{seed}/{model.Name}";
        var reuse = Directory.Exists(folder) && Directory.EnumerateFiles(folder, "segments_*").Any();
        if (reuse)
        {
            using var probe = new LuceneIndex("Search", folder);
            reuse = probe.CommitData.TryGetValue("bench-articles", out var was) && was == built;
        }
        if (!reuse && Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        using var index = new LuceneIndex("Search", folder);
        if (reuse) Console.WriteLine($"index: reused from {folder} ({built})");
        else Build(index, corpus, count, built);
        // The site's rebuild leaves one segment (SearchIndexRebuilder); an index kept before it did is merged once.
        if (index.Segments > 1) SearchMergeBench.Merge(index);

        using var lease = index.Acquire()!;
        var searcher = lease.Searcher;
        Console.WriteLine($"index: {searcher.IndexReader.NumDocs:N0} documents, {searcher.IndexReader.Leaves.Count} segments, {Size(folder) / 1048576.0:F1} MiB on disk");

        var sampler = new QuerySampler(new SearchCorpus(model, seed + 1), 2000, seed + 2);
        Console.WriteLine();
        Console.WriteLine($"queries ({perClass} per class, one thread, warm; a results page's work: parse, search, top 10, their stored fields, snippet and title marked):");
        Console.WriteLine("| class | path | p50 | p95 | p99 | max | CPU a query (mean) | mean hits |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        // Drawn once: the suggestions' and the recall's queries come after, from the same sampler.
        var classes = sampler.LatencyClasses(perClass);
        foreach (var (name, queries) in classes)
        {
            // Both paths on the same queries, one after the other, so that the machine's load is shared alike.
            foreach (var (path, bounded) in new[] { ("Lucene's scorer (before)", false), ("bounded (the page)", true) })
            {
                Measure(queries.Take(Math.Min(100, queries.Count)).ToList(), q => ResultsPage(searcher, q.Text, bounded));
                var (times, hits, cpu) = Measure(queries, q => ResultsPage(searcher, q.Text, bounded));
                Console.WriteLine($"| {name} | {path} | {Percentiles(times)} | {cpu:F2} ms | {hits.Average():N0} |");
            }
        }

        // Two readers at once (the machine's cores): the page's path must not queue on shared state.
        Console.WriteLine();
        Console.WriteLine("| class, 2 threads at once | path | p50 | p95 | p99 | max | CPU a query (mean) | mean hits |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        foreach (var (name, queries) in classes.Where(c => c.Name.StartsWith("4 syllables") || c.Name.StartsWith("\"phrase\" of 2-3, with")))
        {
            var halves = new[] { queries.Where((_, i) => i % 2 == 0).ToList(), queries.Where((_, i) => i % 2 == 1).ToList() };
            var results = new (double[] Times, int[] Hits, double Cpu)[2];
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            Parallel.For(0, 2, new ParallelOptions { MaxDegreeOfParallelism = 2 }, t => results[t] = Measure(halves[t], q => ResultsPage(searcher, q.Text, bounded: true)));
            var cpuPerQuery = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / queries.Count;
            Console.WriteLine($"| {name} | bounded (the page) | {Percentiles([.. results[0].Times, .. results[1].Times])} | {cpuPerQuery:F2} ms | {results.SelectMany(r => r.Hits).Average():N0} |");
        }

        var done = BoundedSearch.Done;
        Console.WriteLine($"bounded: {done.SegmentsFromSets:N0} segment searches counted from the common words' sets ({done.MatchesFromSetsScored:N0} of their " +
                          $"{done.MatchesFromSets:N0} matches scored in full), {done.SegmentsOneByOne:N0} scored one match at a time; " +
                          $"{TermScoreBounds.Kept:N0} term bounds kept, {TermScoreBounds.KeptDocBytes / 1048576.0:F1} MiB of common words' sets");
        Console.WriteLine();
        Console.WriteLine($"suggestions ({perClass} per class; title.f terms + prefix of the last, top 8, titles loaded):");
        Console.WriteLine("| typed | p50 | p95 | p99 | max | CPU a query (mean) | mean hits |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        foreach (var (typed, prefixes) in sampler.SuggestionClasses(perClass))
        {
            Measure(prefixes.Take(200).ToList(), p => Suggest(searcher, p));
            var (times, hits, cpu) = Measure(prefixes, p => Suggest(searcher, p));
            Console.WriteLine($"| {typed} syllable{(typed > 1 ? "s" : "")}, last partial | {Percentiles(times)} | {cpu:F2} ms | {hits.Average():N0} |");
        }

        if (recallPerShape <= 0) return;
        Console.WriteLine();
        var recallQueries = sampler.RecallQueries(recallPerShape);
        var started = Stopwatch.StartNew();
        var outcomes = RecallCheck.Run(corpus, count, searcher, recallQueries);
        long expected = outcomes.Sum(o => (long)o.Expected), found = outcomes.Sum(o => (long)o.Found), wrong = outcomes.Sum(o => (long)o.Wrong);
        var countsEqual = outcomes.Count(o => o.TotalHits == o.Expected);
        Console.WriteLine($"recall check: {outcomes.Count} queries ({string.Join(", ", recallQueries.Select(q => q.Class).Distinct())}), scan of {count:N0} articles in {started.Elapsed.TotalSeconds:F0} s");
        Console.WriteLine($"  TotalHits equal to the scan's count: {countsEqual}/{outcomes.Count}; hits expected {expected:N0}, found {found:N0}, not expected {wrong:N0}");
        Console.WriteLine($"  recall {(expected == 0 ? 1 : (double)found / expected):P2}, precision {(found + wrong == 0 ? 1 : (double)found / (found + wrong)):P2}");
        foreach (var o in outcomes.Where(o => o.TotalHits != o.Expected || o.Wrong > 0 || o.Found != o.Expected))
            Console.WriteLine($"  MISMATCH [{o.Query.Class}] {o.Query.Text}: scan {o.Expected}, TotalHits {o.TotalHits}, found {o.Found}, wrong {o.Wrong} (missed #{o.MissedExample}, wrong #{o.WrongExample})");
        foreach (var o in outcomes.Take(12))
            Console.WriteLine($"  e.g. [{o.Query.Class}] {o.Query.Text} → {o.TotalHits:N0}");
    }

    /// <summary>"sample": the sample's bigram model as it is; "zipf": half its words from 6,000 Zipf-distributed syllables.</summary>
    public static SyllableModel Model(string name) => name switch
    {
        "sample" => SyllableModel.FromSetupRecipe(),
        "zipf" => SyllableModel.FromSetupRecipe().WithZipfTail(6000),
        _ => throw new ArgumentException($"unknown corpus {name}: sample or zipf"),
    };

    private static void Build(LuceneIndex index, SearchCorpus corpus, int count, string built)
    {
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: false);
        var generating = new Stopwatch();
        var indexing = new Stopwatch();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var batch = new List<SearchDocument>(1000);
        using var articles = corpus.Articles(count).GetEnumerator();
        long chars = 0;
        while (true)
        {
            generating.Start();
            batch.Clear();
            while (batch.Count < 1000 && articles.MoveNext()) batch.Add(articles.Current);
            generating.Stop();
            if (batch.Count == 0) break;
            chars += batch.Sum(d => (long)d.Title.Length + d.Lead.Length + d.Body.Length);
            indexing.Start();
            index.Update(batch);
            indexing.Stop();
        }
        indexing.Start();
        index.Commit(new Dictionary<string, string> { ["bench"] = count.ToString(), ["bench-articles"] = built });
        indexing.Stop();
        var cpuUsed = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Console.WriteLine($"generated {count:N0} articles ({chars / (double)count:N0} characters of title + lead + body each) in {generating.Elapsed.TotalSeconds:F1} s");
        Console.WriteLine($"index build: {indexing.Elapsed.TotalSeconds:F1} s wall ({count / indexing.Elapsed.TotalSeconds:N0} docs/s), " +
                          $"process CPU {cpuUsed.TotalSeconds:F1} s (generation included), {Size(index.Folder) / 1048576.0:F1} MiB on disk, " +
                          $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MiB, " +
                          $"{(GC.GetTotalAllocatedBytes(precise: false) - allocatedBefore) / 1073741824.0:F1} GiB allocated");
    }

    /// <summary>
    /// The filter every results page has on a site with the default search settings: the indexed types
    /// (Article, Bulletin, Page), kept per segment as <see cref="SearchService"/> keeps it.
    /// </summary>
    private static readonly Filter DefaultTypes = new BitSetCachingFilter(new QueryWrapperFilter(new BooleanQuery
    {
        { new TermQuery(new Term(SearchFields.Type, "Article")), Occur.SHOULD },
        { new TermQuery(new Term(SearchFields.Type, "Bulletin")), Occur.SHOULD },
        { new TermQuery(new Term(SearchFields.Type, "Page")), Occur.SHOULD },
    }));

    /// <summary>
    /// What a results page does (<see cref="SearchService"/> without the database: the default types'
    /// filter, relevance, page 1): the reader's query parsed, the top 10 (the page's bounded scorer, or
    /// Lucene's own over every match as before), their stored fields read, the body's snippet and the title marked.
    /// </summary>
    private static int ResultsPage(IndexSearcher searcher, string text, bool bounded)
    {
        var query = ReaderQuery.Parse(text);
        if (query.IsEmpty) return 0;
        var top = bounded
            ? BoundedSearch.Search(searcher, SearchQueryBuilder.Build(query)!, DefaultTypes, 10, RankedSearch.SortOf(SearchSort.Relevance))
            : searcher.Search(SearchQueryBuilder.Build(query)!, DefaultTypes, 10, RankedSearch.SortOf(SearchSort.Relevance));
        foreach (var hit in top.ScoreDocs)
        {
            var data = LuceneDocuments.Read(searcher, hit.Doc);
            _ = SearchHighlighter.Snippet(data.Body, query) ?? SearchHighlighter.Snippet(data.Lead, query) ?? SearchHighlighter.Start(data.Lead);
            _ = SearchHighlighter.Whole(data.Title, query);
        }
        return top.TotalHits;
    }

    /// <summary>The suggestions' query: every typed syllable but the last as a term of title.f, the last as a prefix; top 8 titles.</summary>
    private static int Suggest(IndexSearcher searcher, string typed)
    {
        var syllables = QuerySampler.Syllables(typed).Select(VietnameseText.Fold).Where(s => s.Length > 0).ToList();
        if (syllables.Count == 0) return 0;
        var field = SearchFields.Folded(SearchFields.TitleText);
        var query = new BooleanQuery();
        foreach (var syllable in syllables.Take(syllables.Count - 1)) query.Add(new TermQuery(new Term(field, syllable)), Occur.MUST);
        query.Add(new PrefixQuery(new Term(field, syllables[^1])), Occur.MUST);
        var top = searcher.Search(query, 8);
        foreach (var hit in top.ScoreDocs) searcher.Doc(hit.Doc).Get(SearchFields.Title);
        return top.TotalHits;
    }

    /// <summary>
    /// Wall time of each run, and the process's CPU time per run over the class: on a machine
    /// shared with other work, wall times include waiting for a core; the CPU time does not.
    /// </summary>
    private static (double[] Times, int[] Hits, double CpuPerRun) Measure<T>(IReadOnlyList<T> inputs, Func<T, int> run)
    {
        var times = new double[inputs.Count];
        var hits = new int[inputs.Count];
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < inputs.Count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            hits[i] = run(inputs[i]);
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        return (times, hits, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / Math.Max(1, inputs.Count));
    }

    private static string Percentiles(double[] times)
    {
        var sorted = times.Order().ToArray();
        double At(double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
        return $"{At(0.50):F2} ms | {At(0.95):F2} ms | {At(0.99):F2} ms | {sorted[^1]:F1} ms";
    }

    public static long Size(string folder) => new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
}
