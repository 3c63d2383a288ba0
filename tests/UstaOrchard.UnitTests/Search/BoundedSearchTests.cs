using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Usta.Search.Analysis;
using Usta.Search.Indexing;
using Usta.Search.Querying;
using Usta.Search.Querying.Bounded;
using UstaOrchard.Core.Text;
using Xunit;

namespace UstaOrchard.UnitTests.Search;

/// <summary>
/// The results page's bounded scorer (<see cref="BoundedSearch"/>) must give exactly what Lucene's
/// own scorer gives for the same query: the same documents in the same order, the same scores to
/// the bit, the same total. Checked over a generated corpus in several segments, with a small
/// vocabulary (so most queries match most documents and scores tie) and repeated documents with
/// equal and different dates (so ties are broken by date, then by document id).
/// </summary>
[Collection(nameof(TermScoreBounds))]
public sealed class BoundedSearchTests
{
    private static readonly string[] Words =
    [
        "đồng", "nai", "khoa", "học", "công", "nghệ", "hội", "thi", "sáng", "tạo", "kỹ", "thuật", "liên", "hiệp",
        "đảng", "đáng", "dạng", "năm", "sầu", "riêng", "long", "khánh", "và", "các", "của", "giáo", "dục", "chính", "trị",
    ];

    /// <summary>Words in about one document in 40: never common enough for a kept bit set (CommonWordsScorer).</summary>
    private static readonly string[] RareWords = ["sen", "súng", "bưởi"];

    private static readonly Lazy<(RAMDirectory Directory, DirectoryReader Reader)> Corpus = new(Build);

    private static readonly string[] Types = ["Article", "Page", "Event"];
    private static readonly string[] Categories = ["c1", "c2", "c3"];

    private static (RAMDirectory, DirectoryReader) Build()
    {
        var directory = new RAMDirectory();
        using (var writer = Writer(directory)) Write(writer, 1500);
        return (directory, DirectoryReader.Open(directory));
    }

    private static IndexWriter Writer(Lucene.Net.Store.Directory directory)
        => new(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new VietnameseAnalyzer()) { MaxBufferedDocs = 400, MergePolicy = NoMergePolicy.COMPOUND_FILES });

    /// <summary>Documents of several types and categories over 40 days, as the site's index holds them.</summary>
    private static void Write(IndexWriter writer, int count)
    {
        var random = new Random(2026);
        string Text(int min, int max) => string.Join(' ', Enumerable.Range(0, random.Next(min, max)).Select(_ => Words[(int)(Words.Length * Math.Pow(random.NextDouble(), 2))]));
        SearchDocument? previous = null;
        for (var i = 0; i < count; i++)
        {
            var document = new SearchDocument
            {
                ContentItemId = $"d{i}",
                ContentType = Types[random.Next(Types.Length)],
                Categories = Categories.Where(_ => random.Next(3) == 0).Select(c => new SearchCategory(c, c)).ToList(),
                Title = Text(2, 9),
                Lead = random.Next(3) == 0 ? Text(4, 20) : "",
                Body = string.Join('\n', Enumerable.Range(0, random.Next(1, 5)).Select(_ => Text(3, 60)))
                       + (random.Next(40) == 0 ? " " + RareWords[random.Next(RareWords.Length)] : ""),
                PublishedUtc = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(random.Next(40)),
            };
            // Copies: equal scores, with the same date (ties to the document id) or another one.
            if (previous is not null && random.Next(6) == 0)
                document = previous with { ContentItemId = $"d{i}", PublishedUtc = random.Next(2) == 0 ? previous.PublishedUtc : document.PublishedUtc };
            writer.AddDocument(LuceneDocuments.ToDocument(document));
            previous = document;
        }
        writer.Commit();
    }

    /// <summary>
    /// Filters as <c>SearchService.FilterAsync</c> builds them: none; a type, types and a category,
    /// kept per segment (CachingWrapperFilter over a QueryWrapperFilter, whose sets are walked in order,
    /// and the page's BitSetCachingFilter, looked up by document); published days over a kept type
    /// filter; and a type without the caching wrapper. Shared, so their per-segment caches are reused.
    /// </summary>
    private static readonly Filter?[] Filters = MakeFilters();

    private static Filter?[] MakeFilters()
    {
        var article = new CachingWrapperFilter(new QueryWrapperFilter(new TermQuery(new Term(SearchFields.Type, "Article"))));
        var types = new BooleanQuery { { new TermQuery(new Term(SearchFields.Type, "Article")), Occur.SHOULD }, { new TermQuery(new Term(SearchFields.Type, "Event")), Occur.SHOULD } };
        var typesAndCategory = new BooleanQuery { { types, Occur.MUST }, { new TermQuery(new Term(SearchFields.Category, "c2")), Occur.MUST } };
        var from = new DateTime(2020, 1, 6, 0, 0, 0, DateTimeKind.Utc).Ticks;
        var to = new DateTime(2020, 1, 21, 0, 0, 0, DateTimeKind.Utc).Ticks;
        var days = new BooleanQuery
        {
            { NumericRangeQuery.NewInt64Range(SearchFields.Published, from, to, true, false), Occur.MUST },
            { new ConstantScoreQuery(article), Occur.MUST },
        };
        return
        [
            null, article, new CachingWrapperFilter(new QueryWrapperFilter(typesAndCategory)), new QueryWrapperFilter(days),
            new QueryWrapperFilter(new TermQuery(new Term(SearchFields.Type, "Page"))),
            new BitSetCachingFilter(new QueryWrapperFilter(typesAndCategory)),
        ];
    }

    public static TheoryData<string> Queries() => new(QueryTexts());

    private static List<string> QueryTexts()
    {
        var random = new Random(7);
        var data = new List<string>();
        string Word(bool folded) => folded ? VietnameseText.Fold(Words[random.Next(Words.Length)]) : Words[random.Next(Words.Length)];
        for (var i = 0; i < 60; i++)
        {
            var folded = i % 3 == 0;
            var n = 1 + i % 4;
            var words = string.Join(' ', Enumerable.Range(0, n).Select(_ => Word(folded)));
            data.Add((i % 10) switch
            {
                7 => $"\"{words}\"",
                8 => $"{words} -{Word(folded)}",
                9 => $"{Word(folded)} \"{Word(folded)} {Word(folded)}\"",
                _ => words,
            });
        }
        // A rare word required or excluded beside common ones: the segments are scored one by one, or
        // counted from the common words' sets less the rare word's documents.
        data.AddRange(["sen năm các", "súng", "đồng nai -bưởi", "năm các -sen -súng", "khoa học -\"năm các\""]);
        return data;
    }

    [Fact]
    public void The_corpus_has_several_segments_and_ties()
    {
        var reader = Corpus.Value.Reader;
        Assert.True(reader.Leaves.Count >= 3);
        var searcher = new IndexSearcher(reader);
        var top = searcher.Search(SearchQueryBuilder.Build(ReaderQuery.Parse("năm"))!, null, 200, RankedSearch.SortOf(SearchSort.Relevance));
        Assert.Contains(top.ScoreDocs.GroupBy(d => Bits(((FieldDoc)d).Fields[0])), g => g.Count() > 1);
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public void Same_hits_order_scores_and_total_as_Lucenes_scorer(string text)
    {
        var searcher = new IndexSearcher(Corpus.Value.Reader);
        var query = SearchQueryBuilder.Build(ReaderQuery.Parse(text));
        if (query is null) return;
        Same(searcher, query);
    }

    private static void Same(IndexSearcher searcher, Query query)
    {
        foreach (var filter in Filters)
            Same(searcher, query, filter, RankedSearch.SortOf(SearchSort.Relevance), 1, 3, 10, 40);
    }

    /// <summary>The bounded search answers as Lucene's own does: the same total, documents, order and sort values.</summary>
    private static void Same(IndexSearcher searcher, Query query, Filter? filter, Sort sort, params int[] pageSizes)
    {
        foreach (var wanted in pageSizes)
        {
            var expected = searcher.Search(query, filter, wanted, sort);
            var actual = BoundedSearch.Search(searcher, query, filter, wanted, sort);

            Assert.Equal(expected.TotalHits, actual.TotalHits);
            Assert.Equal(Hits(expected), Hits(actual));
        }
    }

    [Fact]
    public void Same_as_Lucenes_scorer_with_deletions_between_searches_in_old_and_new_readers()
    {
        using var directory = new RAMDirectory();
        using var writer = Writer(directory);
        Write(writer, 1000);
        var queries = QueryTexts().Select(text => SearchQueryBuilder.Build(ReaderQuery.Parse(text))).OfType<Query>().Take(20).ToList();
        var readers = new List<DirectoryReader> { DirectoryReader.Open(directory) };
        try
        {
            for (var round = 0; round < 3; round++)
            {
                // Every seventh document of a round goes; the readers opened before keep seeing it.
                for (var i = round; i < 1000; i += 7) writer.DeleteDocuments(new Term(SearchFields.Id, $"d{i}"));
                writer.Commit();
                readers.Add(DirectoryReader.OpenIfChanged(readers[^1])!);
                // The newest first: the bounds it keeps must hold for the older readers too.
                foreach (var reader in Enumerable.Reverse(readers))
                foreach (var query in queries)
                    Same(new IndexSearcher(reader), query);
            }
            Assert.True(readers[^1].NumDocs < readers[0].NumDocs);
        }
        finally
        {
            foreach (var reader in readers) reader.Dispose();
        }
    }

    [Theory]
    [InlineData("năm các")]
    [InlineData("đồng nai khoa học")]
    public void A_reversed_relevance_sort_is_Lucenes(string text)
    {
        // Lowest scores first: the bound (which skips low scores) must not be used.
        var searcher = new IndexSearcher(Corpus.Value.Reader);
        var query = SearchQueryBuilder.Build(ReaderQuery.Parse(text))!;
        var sort = new Sort(new SortField(null, SortFieldType.SCORE, reverse: true), SortField.FIELD_DOC);
        Same(searcher, query, null, sort, 1, 10);
    }

    [Fact]
    public void Both_ways_of_scoring_a_segment_are_compared()
    {
        // The comparisons above are worth something only if both scorers ran on their queries.
        var searcher = new IndexSearcher(Corpus.Value.Reader);
        var before = BoundedSearch.Done;
        foreach (var text in new[] { "năm các khoa", "sen năm các", "\"khoa học\" năm", "đồng nai -bưởi" })
            Same(searcher, SearchQueryBuilder.Build(ReaderQuery.Parse(text))!, null, RankedSearch.SortOf(SearchSort.Relevance), 10);
        var after = BoundedSearch.Done;
        Assert.True(after.SegmentsFromSets > before.SegmentsFromSets, "no segment counted from the common words' sets");
        Assert.True(after.SegmentsOneByOne > before.SegmentsOneByOne, "no segment scored one match at a time");
        Assert.True(TermScoreBounds.KeptDocBytes > 0);
    }

    [Fact]
    public void Common_words_are_counted_and_few_of_their_matches_scored()
    {
        // Not a speed test: counting from the sets must spare reading most matches' postings.
        var searcher = new IndexSearcher(Corpus.Value.Reader);
        var query = SearchQueryBuilder.Build(ReaderQuery.Parse("năm các"))!;
        var before = BoundedSearch.Done;
        var top = BoundedSearch.Search(searcher, query, null, 10, RankedSearch.SortOf(SearchSort.Relevance));
        var after = BoundedSearch.Done;
        long counted = after.MatchesFromSets - before.MatchesFromSets, scored = after.MatchesFromSetsScored - before.MatchesFromSetsScored;
        Assert.True(top.TotalHits > 500);
        Assert.Equal(top.TotalHits, counted);
        Assert.True(scored < counted / 4, $"{scored} of {counted} matches scored in full");
    }

    [Fact]
    public void The_pages_kept_filter_is_looked_up_by_document()
    {
        // BoundedSearch asks a filter for random access; Lucene's own caching wrapper has none, and each
        // search would copy its documents into bits again.
        var types = new QueryWrapperFilter(new TermQuery(new Term(SearchFields.Type, "Article")));
        foreach (var leaf in Corpus.Value.Reader.Leaves)
        {
            Assert.NotNull(new BitSetCachingFilter(types).GetDocIdSet(leaf, leaf.AtomicReader.LiveDocs)!.Bits);
            Assert.Null(new CachingWrapperFilter(types).GetDocIdSet(leaf, leaf.AtomicReader.LiveDocs)!.Bits);
        }
    }

    [Fact]
    public void A_query_without_a_required_clause_is_Lucenes()
    {
        var searcher = new IndexSearcher(Corpus.Value.Reader);
        var built = (BooleanQuery)SearchQueryBuilder.Build(ReaderQuery.Parse("năm các khoa"))!;
        var query = new BooleanQuery();
        foreach (var clause in built.Clauses) query.Add(clause.Query, Occur.SHOULD);
        Same(searcher, query, null, RankedSearch.SortOf(SearchSort.Relevance), 1, 10);
    }

    [Fact]
    public void Skips_matches_that_cannot_reach_the_page()
    {
        // Not a speed test: the bound must actually spare work, or the page pays for nothing.
        var searcher = new IndexSearcher(Corpus.Value.Reader);
        var query = (BooleanQuery)SearchQueryBuilder.Build(ReaderQuery.Parse("năm các"))!;
        var competitive = new CompetitiveScore(10);
        var bounded = new BoundedBooleanQuery(query, competitive);
        int skipped = 0, total = 0;
        searcher.Search(bounded, new ScoreProbe(competitive, s => { total++; if (float.IsNegativeInfinity(s)) skipped++; }));
        Assert.True(total > 100);
        Assert.True(skipped > total / 2, $"{skipped} of {total} skipped");
    }

    private static List<(int Doc, string Fields)> Hits(TopDocs top)
        => top.ScoreDocs.Select(d => (d.Doc, string.Join('|', ((FieldDoc)d).Fields.Select(Bits)))).ToList();

    /// <summary>A score (Lucene gives a J2N float) as its bits, so that equal means equal to the last bit.</summary>
    private static string Bits(object? field)
        => field is J2N.Numerics.Number number && field is J2N.Numerics.Single ? BitConverter.SingleToInt32Bits(number.ToSingle()).ToString() : field?.ToString() ?? "";

    private sealed class ScoreProbe(CompetitiveScore competitive, Action<float> seen) : ICollector
    {
        private Scorer? _scorer;
        public bool AcceptsDocsOutOfOrder => false;
        public void SetScorer(Scorer scorer) => _scorer = scorer;
        public void SetNextReader(AtomicReaderContext context) { }

        public void Collect(int doc)
        {
            var score = _scorer!.GetScore();
            competitive.Offer(score);
            seen(score);
        }
    }
}
