using System.Text;
using System.Text.Json.Nodes;
using Usta.Search.Indexing;

namespace UstaOrchard.Bench.Search;

/// <summary>
/// A word-bigram model of the sample content (titles, leads, bodies of the setup recipe's articles,
/// bulletins and pages, HTML reduced to text with the search's own <see cref="HtmlText"/>). A word is
/// a run of non-space characters with its case and punctuation, so walking the model gives
/// sentences with the sample's syllables, capitals, commas and full stops in realistic order.
/// Successors are kept with repeats, so a uniform pick follows the sample's frequencies.
/// </summary>
public sealed class SyllableModel
{
    private readonly string[] _words;
    private readonly int[][] _next;
    private readonly int[] _starts;
    private readonly int[] _titleStarts;

    private SyllableModel(string[] words, int[][] next, int[] starts, int[] titleStarts, int sampleWords)
    {
        _words = words;
        _next = next;
        _starts = starts;
        _titleStarts = titleStarts;
        SampleWords = sampleWords;
    }

    /// <summary>
    /// The "zipf" corpus: this share of the walk's words is respelled with a syllable of
    /// <see cref="Vocabulary"/> (case and punctuation kept), so texts keep the sample's sentence shapes
    /// and its common words, with a realistic long tail of rarer syllables.
    /// </summary>
    public const double RespelledShare = 0.5;

    public ZipfSyllables? Vocabulary { get; private init; }

    public string Name => Vocabulary is null ? "sample" : $"zipf {Vocabulary.Count:N0}";

    /// <summary>The same model with half of its words drawn from <paramref name="syllables"/> Zipf-distributed syllables.</summary>
    public SyllableModel WithZipfTail(int syllables) => new(_words, _next, _starts, _titleStarts, SampleWords) { Vocabulary = new ZipfSyllables(syllables, 42) };

    /// <summary>How many words the sample had, and how many distinct ones.</summary>
    public int SampleWords { get; }
    public int DistinctWords => _words.Length;

    public static SyllableModel FromSetupRecipe()
    {
        var titles = new List<string>();
        var texts = new List<string>();
        var recipe = JsonNode.Parse(File.ReadAllText(SetupRecipe.Find()))!.AsObject();
        foreach (var step in recipe["steps"]!.AsArray())
        {
            if (step!["name"]!.GetValue<string>() != "Content") continue;
            foreach (var item in step["data"]!.AsArray())
            {
                if (item!["ContentType"]!.GetValue<string>() is not ("Article" or "Bulletin" or "Page")) continue;
                if (item["TitlePart"]?["Title"]?.GetValue<string>() is { Length: > 0 } title) titles.Add(title);
                if (item["Article"]?["Lead"]?["Text"]?.GetValue<string>() is { Length: > 0 } lead) texts.Add(lead);
                if (item["BulletinPart"]?["Summary"]?.GetValue<string>() is { Length: > 0 } summary) texts.Add(summary);
                if (item["HtmlBodyPart"]?["Html"]?.GetValue<string>() is { Length: > 0 } html) texts.AddRange(HtmlText.Extract(html).Split('\n'));
            }
        }

        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var words = new List<string>();
        var next = new List<List<int>>();
        var starts = new List<int>();
        var titleStarts = new List<int>();
        var count = 0;
        foreach (var (text, isTitle) in titles.Select(t => (t, true)).Concat(texts.Select(t => (t, false))))
        {
            var previous = -1;
            foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!ids.TryGetValue(word, out var id))
                {
                    ids[word] = id = words.Count;
                    words.Add(word);
                    next.Add([]);
                }
                count++;
                if (previous < 0) (isTitle ? titleStarts : starts).Add(id);
                else
                {
                    next[previous].Add(id);
                    if (!isTitle && EndsSentence(words[previous])) starts.Add(id);
                }
                previous = id;
            }
        }
        return new SyllableModel(words.ToArray(), next.Select(n => n.ToArray()).ToArray(), starts.ToArray(), titleStarts.ToArray(), count);
    }

    /// <summary>A sentence of the body's kind: from a sentence start to a full stop (at most about 40 words).</summary>
    public void Sentence(Random random, StringBuilder into) => Walk(random, into, _starts, 4, 40, title: false);

    /// <summary>A title: starts like a sample title, 8 to 22 words, no final full stop.</summary>
    public string Title(Random random)
    {
        var builder = new StringBuilder(120);
        Walk(random, builder, _titleStarts, 8 + random.Next(6), 22, title: true);
        return builder.ToString();
    }

    private void Walk(Random random, StringBuilder into, int[] starts, int minWords, int maxWords, bool title)
    {
        var word = starts[random.Next(starts.Length)];
        var first = into.Length;
        for (var n = 1; ; n++)
        {
            Append(random, into, _words[word]);
            var end = n >= maxWords || (n >= minWords && (title ? random.Next(4) == 0 && !EndsClause(_words[word]) : EndsSentence(_words[word])));
            var successors = _next[word];
            if (end || successors.Length == 0)
            {
                // Close the sentence (or title) cleanly, whatever word the walk stopped on.
                while (into.Length > first && char.IsPunctuation(into[^1]) && into[^1] is not (')' or '"' or '”')) into.Length--;
                if (!title) into.Append('.');
                break;
            }
            into.Append(' ');
            word = successors[random.Next(successors.Length)];
        }
        if (into.Length > first && char.IsLower(into[first])) into[first] = char.ToUpperInvariant(into[first]);
    }

    private void Append(Random random, StringBuilder into, string word)
    {
        if (Vocabulary is null || random.NextDouble() >= RespelledShare) { into.Append(word); return; }
        // Only a plain syllable with trailing punctuation is respelled (not numbers, names with hyphens).
        var letters = 0;
        while (letters < word.Length && char.IsLetter(word[letters])) letters++;
        if (letters == 0 || word[letters..].Any(char.IsLetterOrDigit)) { into.Append(word); return; }
        var syllable = Vocabulary.Next(random);
        into.Append(char.IsUpper(word[0]) ? char.ToUpperInvariant(syllable[0]) + syllable[1..] : syllable).Append(word[letters..]);
    }

    private static bool EndsSentence(string word) => word[^1] is '.' or '!' or '?';
    private static bool EndsClause(string word) => char.IsPunctuation(word[^1]);
}

internal static class SetupRecipe
{
    public static string Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "recipes", "usta-setup.recipe.json");
                if (File.Exists(candidate)) return candidate;
            }
        }
        throw new FileNotFoundException("recipes/usta-setup.recipe.json not found above the current folder");
    }
}
