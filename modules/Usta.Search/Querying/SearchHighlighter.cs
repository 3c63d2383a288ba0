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

    private readonly record struct Token(string Folded, int Start, int End);

    /// <summary>The whole text (a title), the reader's words marked.</summary>
    public static IHtmlContent Whole(string text, ReaderQuery query)
    {
        var tokens = Tokens(text);
        return Render(text, tokens, Marks(tokens, query), 0, tokens.Count, 0, text.Length);
    }

    /// <summary>The passage of <paramref name="text"/> with most of the reader's words, or null when it has none.</summary>
    public static IHtmlContent? Snippet(string text, ReaderQuery query, int syllables = SnippetSyllables)
    {
        var tokens = Tokens(text);
        var marks = Marks(tokens, query);
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

    private static List<Token> Tokens(string text)
    {
        var result = new List<Token>();
        if (string.IsNullOrEmpty(text)) return result;
        using var stream = VietnameseAnalyzer.Shared.GetTokenStream(SearchFields.Folded(SearchFields.Text), text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) result.Add(new Token(term.ToString(), offset.StartOffset, offset.EndOffset));
        stream.End();
        return result;
    }

    /// <summary>Which syllables to mark: every place an included word or phrase matches, as the folded field did.</summary>
    /// <summary>For each syllable, 0 when unmarked, else the number of the match it belongs to (a phrase's syllables share one).</summary>
    private static int[] Marks(List<Token> tokens, ReaderQuery query)
    {
        var marks = new int[tokens.Count];
        var match = 0;
        foreach (var clause in query.Included)
        {
            var k = clause.Folded.Count;
            for (var i = 0; i + k <= tokens.Count; i++)
            {
                var found = true;
                for (var j = 0; j < k && found; j++) found = tokens[i + j].Folded == clause.Folded[j];
                if (!found) continue;
                match++;
                for (var j = 0; j < k; j++) marks[i + j] = match;
            }
        }
        return marks;
    }

    private static IHtmlContent Render(string text, List<Token> tokens, int[] marks, int first, int end, int from, int to)
    {
        var shown = Printable(text);
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
                   && (marks[last + 1] == marks[last] || string.IsNullOrWhiteSpace(shown[tokens[last].End..tokens[last + 1].Start]))) last++;
            html.Append(Encoder.Encode(shown[position..tokens[i].Start]));
            html.Append("<mark>").Append(Encoder.Encode(shown[tokens[i].Start..tokens[last].End])).Append("</mark>");
            position = tokens[last].End;
            i = last + 1;
        }
        html.Append(Encoder.Encode(shown[position..to]));
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
