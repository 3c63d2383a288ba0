using System.Text;
using Usta.Search.Analysis;
using UstaOrchard.Core.Text;

namespace Usta.Search.Querying;

/// <summary>
/// One thing the reader asked for: a syllable, or several that must be adjacent (a quoted phrase,
/// or a word such as "PC-Covid" that splits into syllables). <see cref="Syllables"/> keep the
/// reader's diacritics (composed); <see cref="Folded"/> are what the folded field holds.
/// </summary>
public sealed record ReaderClause(IReadOnlyList<string> Syllables, bool Quoted, bool Excluded)
{
    public IReadOnlyList<string> Folded { get; } = Syllables.Select(VietnameseText.Fold).ToList();
    public bool IsPhrase => Syllables.Count > 1;
}

/// <summary>
/// A reader's query as the search page documents it, and nothing more: words, "quoted phrases",
/// and a leading <c>-</c> to exclude a word or phrase. Everything else a reader may type (Lucene's
/// <c>title:</c>, <c>*</c>, <c>~</c>, brackets, AND/OR/NOT) is plain text: separators, or words.
/// </summary>
public sealed record ReaderQuery(string Text, IReadOnlyList<ReaderClause> Clauses, bool Truncated)
{
    /// <summary>Longer input is cut here (a word is never split); the page says so.</summary>
    public const int MaxLength = 256;
    public const int MaxSyllables = 32;

    public IEnumerable<ReaderClause> Included => Clauses.Where(c => !c.Excluded);
    public IEnumerable<ReaderClause> Excluded => Clauses.Where(c => c.Excluded);

    /// <summary>Whether there is anything to look for (exclusions alone find nothing).</summary>
    public bool IsEmpty => !Included.Any();

    public static ReaderQuery Parse(string? input)
    {
        // Phones and Vietnamese keyboards type “ ” (and ‘ ’ or « »): they quote a phrase as " does.
        var text = VietnameseText.Nfc(input ?? "").Replace('“', '"').Replace('”', '"').Replace('„', '"').Replace('«', '"').Replace('»', '"').Trim();
        var truncated = false;
        if (text.Length > MaxLength)
        {
            var cut = text.LastIndexOf(' ', MaxLength);
            text = text[..(cut > MaxLength / 2 ? cut : MaxLength)];
            truncated = true;
        }

        var clauses = new List<ReaderClause>();
        var seen = new HashSet<string>();
        var syllables = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i])) { i++; continue; }
            var excluded = false;
            if (text[i] == '-' && i + 1 < text.Length && (text[i + 1] == '"' || VietnameseAnalyzer.IsSyllableChar(text[i + 1])))
            {
                excluded = true;
                i++;
            }
            string chunk;
            var quoted = text[i] == '"';
            if (quoted)
            {
                var end = text.IndexOf('"', i + 1);
                chunk = end < 0 ? text[(i + 1)..] : text[(i + 1)..end];
                i = end < 0 ? text.Length : end + 1;
            }
            else
            {
                var end = i;
                while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] != '"') end++;
                chunk = text[i..end];
                i = end == i ? i + 1 : end;
            }

            var words = SplitSyllables(chunk);
            if (words.Count == 0) continue;
            if (syllables + words.Count > MaxSyllables)
            {
                truncated = true;
                break;
            }
            var clause = new ReaderClause(words, quoted, excluded);
            // The same word twice adds nothing but cost.
            if (!seen.Add((excluded ? "-" : "+") + string.Join(' ', words.Select(w => w.ToLowerInvariant())))) continue;
            syllables += words.Count;
            clauses.Add(clause);
        }
        return new ReaderQuery(text, clauses, truncated);
    }

    private static List<string> SplitSyllables(string chunk)
    {
        var result = new List<string>();
        var current = new StringBuilder();
        foreach (var c in chunk)
        {
            if (VietnameseAnalyzer.IsSyllableChar(c)) { current.Append(c); continue; }
            Flush();
        }
        Flush();
        return result;

        void Flush()
        {
            // A syllable is what the folded field would index: one of lone marks is none.
            if (current.Length > 0 && VietnameseText.Fold(current.ToString()).Length > 0) result.Add(current.ToString());
            current.Clear();
        }
    }
}
