using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Shingle;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;
using UstaOrchard.Core.Text;

namespace Usta.Search.Analysis;

/// <summary>
/// Vietnamese analysis, chosen by the field name's suffix: <c>.f</c> folded syllables ("Đồng" →
/// "dong"), <c>.x</c> exact syllables with the tone placement normalised ("hoà" → "hoa|2"), <c>.s</c>
/// two folded syllables together ("dong nai"), since Vietnamese words are mostly two syllables. A
/// syllable is a run of letters, digits and combining marks, so decomposed text stays one token.
/// No stop words: "và", "các", "của" are searchable. Any other field is left unanalysed.
/// </summary>
public sealed class VietnameseAnalyzer : Analyzer
{
    public const string Name = "vietnamese";
    public const string Folded = ".f";
    public const string Exact = ".x";
    public const string Shingles = ".s";

    /// <summary>The gap between two values of one field: a phrase never spans a title and a body.</summary>
    public const int ValueGap = 100;

    public VietnameseAnalyzer() : base(PER_FIELD_REUSE_STRATEGY)
    {
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new SyllableTokenizer(reader);
        if (fieldName.EndsWith(Exact, StringComparison.Ordinal))
            return new TokenStreamComponents(source, new ExactSyllableFilter(source));
        TokenStream folded = new FoldingFilter(source);
        if (fieldName.EndsWith(Shingles, StringComparison.Ordinal))
        {
            var shingles = new ShingleFilter(folded, 2, 2);
            shingles.SetOutputUnigrams(false);
            shingles.SetTokenSeparator(" ");
            shingles.SetFillerToken("");
            folded = shingles;
        }
        return new TokenStreamComponents(source, folded);
    }

    public override int GetPositionIncrementGap(string fieldName) => ValueGap;

    /// <summary>
    /// One analyzer for the query side (highlighting, folding a reader's words): an analyzer keeps its
    /// token streams per thread and field, so sharing it spares building them on every request.
    /// </summary>
    public static VietnameseAnalyzer Shared { get; } = new();

    /// <summary>The syllables of <paramref name="text"/> as the folded field indexes them, in order.</summary>
    public static List<string> FoldedSyllables(string? text)
    {
        var result = new List<string>();
        if (string.IsNullOrEmpty(text)) return result;
        using var stream = Shared.GetTokenStream("text" + Folded, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) result.Add(term.ToString());
        stream.End();
        return result;
    }

    /// <summary>Whether a character belongs to a syllable: a letter, a digit or a combining mark.</summary>
    public static bool IsSyllableChar(int c)
    {
        if (c < 128) return c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9';
        var category = char.GetUnicodeCategory(c < 0x10000 ? (char)c : ' ');
        return char.IsLetterOrDigit(c < 0x10000 ? (char)c : ' ')
               || category is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;
    }
}

/// <summary>Splits text into syllables (see <see cref="VietnameseAnalyzer.IsSyllableChar"/>).</summary>
internal sealed class SyllableTokenizer(TextReader input) : CharTokenizer(LuceneVersion.LUCENE_48, input)
{
    protected override bool IsTokenChar(int c) => VietnameseAnalyzer.IsSyllableChar(c);
}

/// <summary>Folds each syllable with the slugs' folding: lower case, no diacritics, đ → d.</summary>
internal sealed class FoldingFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public FoldingFilter(TokenStream input) : base(input) => _term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        while (m_input.IncrementToken())
        {
            var buffer = _term.Buffer;
            var length = 0;
            for (var i = 0; i < _term.Length; i++)
            {
                var folded = VietnameseText.FoldChar(buffer[i]);
                if (folded != VietnameseText.Dropped) buffer[length++] = folded;
            }
            if (length == 0) continue; // a syllable of lone marks only
            _term.Length = length;
            return true;
        }
        return false;
    }
}

/// <summary>Replaces each syllable with its exact key (<see cref="VietnameseText.ExactKey"/>).</summary>
internal sealed class ExactSyllableFilter : TokenFilter
{
    /// <summary>
    /// Vietnamese has a few thousand syllables (times their capitalisations): past this many the
    /// cache starts again rather than growing with unusual text.
    /// </summary>
    private const int MaxCached = 16384;

    private readonly ICharTermAttribute _term;
    // ExactKey normalises twice and allocates for every syllable; it was a sixth of the index
    // build's time (bench/README.md, "Search"). The key of a syllable never changes, so it is
    // kept, looked up by the term buffer without making a string. The filter serves one
    // stream at a time (the analyzer reuses it per field and thread), so no locking.
    private readonly Dictionary<string, string> _keys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public ExactSyllableFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _lookup = _keys.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        if (!_lookup.TryGetValue(_term.Buffer.AsSpan(0, _term.Length), out var key))
        {
            var syllable = _term.ToString();
            key = VietnameseText.ExactKey(syllable);
            if (_keys.Count >= MaxCached) _keys.Clear();
            _keys[syllable] = key;
        }
        _term.SetEmpty().Append(key);
        return true;
    }
}
