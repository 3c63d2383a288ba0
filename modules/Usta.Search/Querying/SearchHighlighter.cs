using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Lucene.Net.Analysis.TokenAttributes;
using Microsoft.AspNetCore.Html;
using Usta.Search.Analysis;
using Usta.Search.Indexing;

namespace Usta.Search.Querying;

/// <summary>
/// Marks the reader's words in a stored text with <c>&lt;mark&gt;</c>. The text is cut into syllables
/// by the folded analysis (so "dong nai" finds "Đồng Nai"), but what is shown and marked is the
/// original text with its diacritics. Everything is HTML-encoded: the only markup out is &lt;mark&gt;.
/// Our own rather than Lucene's highlighter: a phrase is marked only where its syllables stand
/// together, exactly as the folded field matched it, and nothing needs a second analysis path.
/// </summary>
public static class SearchHighlighter
{
    /// <summary>Syllables around the best passage of a body.</summary>
    public const int SnippetSyllables = 36;
    private const int LeadIn = 6;

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>A syllable of the text: its place, and which of the query's syllables it is (-1: none).</summary>
    private readonly record struct Token(int Syllable, int Start, int End);

    /// <summary>The whole text (a title), the reader's words marked.</summary>
    public static IHtmlContent Whole(string text, ReaderQuery query)
    {
        var syllables = QuerySyllables.Of(query);
        var tokens = Tokens(text, syllables);
        return Render(text, tokens, Marks(tokens, syllables), 0, tokens.Count, 0, text.Length);
    }

    /// <summary>The passage of <paramref name="text"/> with most of the reader's words, or null when it has none.</summary>
    public static IHtmlContent? Snippet(string text, ReaderQuery query, int syllables = SnippetSyllables)
    {
        var words = QuerySyllables.Of(query);
        var tokens = Tokens(text, words);
        var marks = Marks(tokens, words);
        var best = -1;
        var bestCount = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (marks[i] == 0) continue;
            var start = Math.Max(0, i - LeadIn);
            var count = 0;
            for (var j = start; j < Math.Min(tokens.Count, start + syllables); j++) if (marks[j] != 0) count++;
            if (count > bestCount) (best, bestCount) = (start, count);
        }
        if (best < 0) return null;
        var end = Math.Min(tokens.Count, best + syllables);
        var from = best == 0 ? 0 : tokens[best].Start;
        var to = end == tokens.Count ? text.Length : tokens[end - 1].End;
        return Render(text, tokens, marks, best, end, from, to);
    }

    /// <summary>The start of a text, about <paramref name="maxChars"/> long, cut between words, nothing marked.</summary>
    public static IHtmlContent Start(string text, int maxChars = 240)
    {
        var clean = Printable(text);
        if (clean.Length <= maxChars) return new HtmlString(Encoder.Encode(clean.Trim()));
        var cut = clean.LastIndexOf(' ', maxChars);
        return new HtmlString(Encoder.Encode(clean[..(cut > maxChars / 2 ? cut : maxChars)].Trim()) + " …");
    }

    /// <summary>
    /// The text's syllables as the folded field cuts them. A syllable is looked up among the query's
    /// without becoming a string: a body has thousands, and their strings were most of a results page's garbage.
    /// </summary>
    private static List<Token> Tokens(string text, QuerySyllables syllables)
    {
        if (string.IsNullOrEmpty(text)) return [];
        // About one syllable in five characters of Vietnamese: room for the text's syllables, grown once at most.
        var result = new List<Token>(text.Length / 4 + 4);
        using var stream = VietnameseAnalyzer.Shared.GetTokenStream(SearchFields.Folded(SearchFields.Text), text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
            result.Add(new Token(syllables.Find(term.Buffer.AsSpan(0, term.Length)), offset.StartOffset, offset.EndOffset));
        stream.End();
        return result;
    }

    /// <summary>
    /// The distinct folded syllables of the query's included words, numbered; each clause as those numbers.
    /// Made once for a query: a results page marks its 10 titles and snippets with the same.
    /// </summary>
    private sealed class QuerySyllables
    {
        private static readonly ConditionalWeakTable<ReaderQuery, QuerySyllables> Made = new();

        private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

        public static QuerySyllables Of(ReaderQuery query) => Made.GetValue(query, q => new QuerySyllables(q));

        private QuerySyllables(ReaderQuery query)
        {
            foreach (var clause in query.Included)
            {
                var numbers = new int[clause.Folded.Count];
                for (var i = 0; i < numbers.Length; i++)
                {
                    if (!_numbers.TryGetValue(clause.Folded[i], out var number)) _numbers.Add(clause.Folded[i], number = _numbers.Count);
                    numbers[i] = number;
                }
                Clauses.Add(numbers);
            }
            _lookup = _numbers.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public List<int[]> Clauses { get; } = [];

        public int Find(ReadOnlySpan<char> syllable) => _lookup.TryGetValue(syllable, out var number) ? number : -1;
    }

    /// <summary>
    /// Which syllables to mark: every place an included word or phrase matches, as the folded field did.
    /// For each syllable, 0 when unmarked, else the number of the match it belongs to (a phrase's syllables share one).
    /// </summary>
    private static int[] Marks(List<Token> tokens, QuerySyllables syllables)
    {
        var marks = new int[tokens.Count];
        var match = 0;
        foreach (var clause in syllables.Clauses)
        {
            var k = clause.Length;
            for (var i = 0; i + k <= tokens.Count; i++)
            {
                var found = true;
                for (var j = 0; j < k && found; j++) found = tokens[i + j].Syllable == clause[j];
                if (!found) continue;
                match++;
                for (var j = 0; j < k; j++) marks[i + j] = match;
            }
        }
        return marks;
    }

    private static IHtmlContent Render(string text, List<Token> tokens, int[] marks, int first, int end, int from, int to)
    {
        // Only the passage shown is copied (a body can be long); offsets into it are less from.
        var shown = Printable(text.Substring(from, to - from));
        var html = new StringBuilder();
        if (from > 0) html.Append("… ");
        var position = from;
        var i = first;
        while (i < end)
        {
            if (marks[i] == 0) { i++; continue; }
            // One phrase ("PC-Covid") or marked syllables apart by spaces only are one mark: <mark>Đồng Nai</mark>.
            var last = i;
            while (last + 1 < end && marks[last + 1] != 0
                   && (marks[last + 1] == marks[last] || shown.AsSpan(tokens[last].End - from, tokens[last + 1].Start - tokens[last].End).IsWhiteSpace())) last++;
            html.Append(Encoder.Encode(shown[(position - from)..(tokens[i].Start - from)]));
            html.Append("<mark>").Append(Encoder.Encode(shown[(tokens[i].Start - from)..(tokens[last].End - from)])).Append("</mark>");
            position = tokens[last].End;
            i = last + 1;
        }
        html.Append(Encoder.Encode(shown[(position - from)..]));
        if (to < text.Length) html.Append(" …");
        return new HtmlString(html.ToString().Trim());
    }

    /// <summary>Line breaks and control characters become spaces, lone surrogates U+FFFD (same length, so offsets hold).</summary>
    private static string Printable(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsControl(chars[i])) chars[i] = ' ';
            else if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) i++;
            else if (char.IsSurrogate(chars[i])) chars[i] = '\uFFFD';
        }
        return new string(chars);
    }
}
