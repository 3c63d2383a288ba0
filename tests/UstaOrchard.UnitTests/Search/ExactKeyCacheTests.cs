using Lucene.Net.Analysis.TokenAttributes;
using Usta.Search.Analysis;
using UstaOrchard.Core.Text;

namespace UstaOrchard.UnitTests.Search;

/// <summary>The exact field keeps each syllable's key (a speed-up): the keys must stay those of <see cref="VietnameseText.ExactKey"/>.</summary>
public sealed class ExactKeyCacheTests
{
    [Fact]
    public void Repeated_syllables_in_any_case_and_tone_placement_get_their_own_exact_key()
    {
        const string text = "Hòa hoà HÒA hòa Đảng đảng đáng dạng thủy thuỷ Thủy hòa Hoà Hoàng hoàn";
        var expected = text.Split(' ').Select(VietnameseText.ExactKey).ToList();

        Assert.Equal(expected, ExactTokens(text));
        Assert.Equal(["hoa|2", "hoa|2", "hoa|2", "hoa|2", "đang|3", "đang|3", "đang|1", "dang|5"], ExactTokens(text).Take(8));
    }

    [Fact]
    public void Keys_stay_right_after_more_distinct_syllables_than_the_cache_holds()
    {
        // More distinct syllables than the cache keeps, then known ones again: it starts over, never answers wrong.
        var many = string.Join(' ', Enumerable.Range(0, 40_000).Select(i => "hòa" + i));
        var tokens = ExactTokens(many + " Hoà hòa Đảng");

        Assert.Equal(40_003, tokens.Count);
        Assert.Equal("hoa39999|2", tokens[39_999]);
        Assert.Equal(["hoa|2", "hoa|2", "đang|3"], tokens[^3..]);
    }

    private static List<string> ExactTokens(string text)
    {
        var result = new List<string>();
        using var analyzer = new VietnameseAnalyzer();
        using var stream = analyzer.GetTokenStream("text" + VietnameseAnalyzer.Exact, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) result.Add(term.ToString());
        stream.End();
        return result;
    }
}
