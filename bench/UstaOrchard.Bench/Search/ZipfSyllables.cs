using System.Text;

namespace UstaOrchard.Bench.Search;

/// <summary>
/// A larger vocabulary for the "zipf" corpus: Vietnamese-shaped syllables (onset + rhyme + tone,
/// stop codas with the sắc or nặng tone only, as the language allows) drawn with Zipf frequencies
/// (rank r with weight 1/r). Real news runs to thousands of distinct syllables with a long tail;
/// the sample alone has 958 words, so in that corpus every query word is common.
/// </summary>
public sealed class ZipfSyllables
{
    private static readonly string[] Onsets = ["", "b", "c", "ch", "d", "đ", "g", "gi", "h", "kh", "l", "m", "n", "ng", "nh", "ph", "qu", "s", "t", "th", "tr", "v", "x"];
    private static readonly string[] Rhymes =
    [
        "a", "ai", "ao", "am", "an", "ang", "anh", "ay", "au", "ăn", "ăng", "âm", "ân", "âng", "ây", "âu",
        "e", "em", "en", "eo", "ê", "êm", "ên", "ênh", "êu", "i", "im", "in", "inh", "iu", "iêm", "iên", "iêu",
        "o", "oi", "om", "on", "ong", "oa", "oai", "oan", "oang", "ô", "ôi", "ôm", "ôn", "ông", "ơ", "ơi", "ơm", "ơn",
        "u", "ui", "um", "un", "ung", "uy", "uân", "uôi", "uôn", "uông", "ư", "ưi", "ưu", "ưng", "ươi", "ươn", "ương",
        "ac", "ach", "ap", "at", "ăc", "ăp", "ăt", "âc", "âp", "ât", "ep", "et", "êch", "êt", "ich", "ip", "it", "iêt",
        "oc", "op", "ot", "oat", "ôc", "ôp", "ôt", "ơp", "ơt", "uc", "up", "ut", "uôc", "uôt", "ưc", "ưt", "ươc", "ươp", "ươt",
    ];
    // No mark, huyền, sắc, hỏi, ngã, nặng (combining marks, composed afterwards).
    private static readonly string[] Tones = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"];

    private readonly string[] _syllables;
    private readonly double[] _cumulative;

    public ZipfSyllables(int count, int seed)
    {
        var all = new List<string>();
        foreach (var onset in Onsets)
            foreach (var rhyme in Rhymes)
            {
                if (onset is "qu" && rhyme.StartsWith('u')) continue;
                var stop = rhyme[^1] is 'c' or 'p' or 't' || rhyme.EndsWith("ch", StringComparison.Ordinal);
                foreach (var tone in stop ? new[] { Tones[2], Tones[5] } : Tones)
                    all.Add(WithTone(onset, rhyme, tone));
            }
        var random = new Random(seed);
        _syllables = all.Distinct().OrderBy(_ => random.Next()).Take(count).ToArray();
        _cumulative = new double[_syllables.Length];
        var sum = 0.0;
        for (var r = 0; r < _syllables.Length; r++) _cumulative[r] = sum += 1.0 / (r + 1);
    }

    public int Count => _syllables.Length;

    public string Next(Random random)
    {
        var target = random.NextDouble() * _cumulative[^1];
        var i = Array.BinarySearch(_cumulative, target);
        return _syllables[Math.Min(_syllables.Length - 1, i < 0 ? ~i : i)];
    }

    /// <summary>The tone on the rhyme's main vowel (the second of two vowels when a coda or a third vowel follows).</summary>
    private static string WithTone(string onset, string rhyme, string tone)
    {
        var vowels = rhyme.Select((c, i) => (c, i)).Where(p => "aăâeêioôơuưy".Contains(p.c)).Select(p => p.i).ToList();
        var at = vowels.Count >= 2 && (vowels[^1] < rhyme.Length - 1 || vowels.Count == 3 || "ơêâô".Contains(rhyme[vowels[1]])) ? vowels[1] : vowels[0];
        var text = new StringBuilder(onset).Append(rhyme[..(at + 1)]).Append(tone).Append(rhyme[(at + 1)..]).ToString();
        return text.Normalize(NormalizationForm.FormC);
    }
}
