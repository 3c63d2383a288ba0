using System.Text;
using Usta.Search.Analysis;
using Usta.Search.Indexing;
using UstaOrchard.Core.Text;

namespace UstaOrchard.Bench.Search;

/// <summary>One thing a benchmark query asks for: syllables as a reader types them, quoted or not, excluded or not.</summary>
public sealed record QueryPart(string[] Syllables, bool Quoted, bool Excluded, bool Hyphenated = false)
{
    public string Render()
    {
        var text = Hyphenated ? string.Join('-', Syllables) : string.Join(' ', Syllables);
        if (Quoted) text = "\"" + text + "\"";
        return Excluded ? "-" + text : text;
    }
}

/// <summary>A query of the benchmark: the text typed and the parts it was made of (what the scan checks).</summary>
public sealed record BenchQuery(string Class, string Text, IReadOnlyList<QueryPart> Parts);

/// <summary>
/// Draws readers' queries from articles the model wrote (another seed than the indexed ones, same
/// distribution): common syllables are picked in proportion to their frequency, rare ones among
/// the least frequent fifth of the sample's distinct syllables, runs of 2 to 4 from within one text.
/// </summary>
public sealed class QuerySampler
{
    private readonly Random _random;
    private readonly List<string[]> _texts = [];
    private readonly List<string[]> _titles = [];
    private readonly string[] _rare;

    public QuerySampler(SearchCorpus sample, int articles, int seed)
    {
        _random = new Random(seed);
        var counts = new Dictionary<string, int>();
        foreach (var article in sample.Articles(articles))
        {
            foreach (var text in article.SearchedTexts())
            {
                var syllables = Syllables(text);
                if (syllables.Length == 0) continue;
                _texts.Add(syllables);
                foreach (var s in syllables) counts[s] = counts.GetValueOrDefault(s) + 1;
            }
            _titles.Add(Syllables(article.Title));
        }
        var ordered = counts.OrderBy(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key).ToArray();
        _rare = ordered[..Math.Max(1, ordered.Length / 5)];
    }

    /// <summary>The reader's syllables of a text, lower case, with their diacritics.</summary>
    public static string[] Syllables(string text)
    {
        var result = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text + " ")
        {
            if (VietnameseAnalyzer.IsSyllableChar(c)) { current.Append(char.ToLowerInvariant(c)); continue; }
            if (current.Length > 0) result.Add(current.ToString());
            current.Clear();
        }
        return result.ToArray();
    }

    public string[] Run(int length)
    {
        while (true)
        {
            var text = _texts[_random.Next(_texts.Count)];
            if (text.Length < length) continue;
            var start = _random.Next(text.Length - length + 1);
            return text[start..(start + length)];
        }
    }

    public string Common() => Run(1)[0];
    public string Rare() => _rare[_random.Next(_rare.Length)];

    private static string[] Folded(string[] syllables) => syllables.Select(VietnameseText.Fold).ToArray();

    /// <summary>The latency classes: 1 (common, rare), 2 and 4 syllables, quoted phrases; each with and without diacritics.</summary>
    public List<(string Name, List<BenchQuery> Queries)> LatencyClasses(int perClass)
    {
        var shapes = new (string Name, Func<QueryPart[]> Make)[]
        {
            ("1 syllable, common", () => [new([Common()], false, false)]),
            ("1 syllable, rare", () => [new([Rare()], false, false)]),
            ("2 syllables", () => [.. Run(2).Select(s => new QueryPart([s], false, false))]),
            ("4 syllables", () => [.. Run(4).Select(s => new QueryPart([s], false, false))]),
            ("\"phrase\" of 2-3", () => [new(Run(2 + _random.Next(2)), true, false)]),
        };
        var classes = new List<(string, List<BenchQuery>)>();
        foreach (var (name, make) in shapes)
        {
            foreach (var accents in new[] { true, false })
            {
                var label = name + (accents ? ", with diacritics" : ", without");
                var queries = new List<BenchQuery>();
                for (var i = 0; i < perClass; i++)
                {
                    var parts = make().Select(p => accents ? p : p with { Syllables = Folded(p.Syllables) }).ToArray();
                    queries.Add(new BenchQuery(label, string.Join(' ', parts.Select(p => p.Render())), parts));
                }
                classes.Add((label, queries));
            }
        }
        return classes;
    }

    /// <summary>The recall sample: every class above, plus exclusions, hyphenated words, capitals and decomposed input.</summary>
    public List<BenchQuery> RecallQueries(int perShape)
    {
        var shapes = new (string Name, Func<QueryPart[]> Make)[]
        {
            ("1 common", () => [new([Common()], false, false)]),
            ("1 rare", () => [new([Rare()], false, false)]),
            ("2 words", () => [.. Run(2).Select(s => new QueryPart([s], false, false))]),
            ("4 words", () => [.. Run(4).Select(s => new QueryPart([s], false, false))]),
            ("phrase 2", () => [new(Run(2), true, false)]),
            ("phrase 3 folded", () => [new(Folded(Run(3)), true, false)]),
            ("word -word", () => [new([Common()], false, false), new([Common()], false, true)]),
            ("rare -rare", () => [new([Rare()], false, false), new([Rare()], false, true)]),
            ("phrase -\"phrase\"", () => [new(Run(2), true, false), new(Run(2), true, true)]),
            ("hyphenated", () => [new(Run(2), false, false, Hyphenated: true)]),
            ("word + phrase", () => [new([Rare()], false, false), new(Folded(Run(2)), true, false)]),
        };
        var queries = new List<BenchQuery>();
        foreach (var (name, make) in shapes)
        {
            for (var i = 0; i < perShape; i++)
            {
                var parts = make();
                var text = string.Join(' ', parts.Select(p => p.Render()));
                // Some typed in capitals, some arriving decomposed (NFD), as Vietnamese input does.
                if (i % 4 == 1) text = text.ToUpperInvariant();
                if (i % 4 == 2) text = text.Normalize(NormalizationForm.FormD);
                queries.Add(new BenchQuery(name, text, parts));
            }
        }
        return queries;
    }

    /// <summary>What a reader types into the box: 1 to 3 syllables of a title, the last one cut short.</summary>
    public List<(int Typed, List<string> Prefixes)> SuggestionClasses(int perClass)
    {
        var classes = new List<(int, List<string>)>();
        for (var typed = 1; typed <= 3; typed++)
        {
            var list = new List<string>();
            while (list.Count < perClass)
            {
                var title = _titles[_random.Next(_titles.Count)];
                if (title.Length < typed) continue;
                var start = _random.Next(title.Length - typed + 1);
                var words = title[start..(start + typed)].ToArray();
                var last = words[^1];
                if (last.Length > 1) words[^1] = last[..(1 + _random.Next(last.Length - 1))];
                var text = string.Join(' ', words);
                list.Add(_random.Next(2) == 0 ? VietnameseText.Fold(text) : text);
            }
            classes.Add((typed, list));
        }
        return classes;
    }
}
