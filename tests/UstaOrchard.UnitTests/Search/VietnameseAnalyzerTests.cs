using System.Text;
using Usta.Search.Analysis;
using Xunit;
using static UstaOrchard.UnitTests.Search.SearchIndexTestBed;

namespace UstaOrchard.UnitTests.Search;

public sealed class VietnameseAnalyzerTests
{
    [Theory]
    [InlineData("dong nai")]
    [InlineData("Dong Nai")]
    [InlineData("ĐỒNG NAI")]
    [InlineData("Đồng Nai")]
    public void Any_case_and_accents_find_Dong_Nai(string query)
    {
        using var index = new SearchIndexTestBed(Doc("a", "Liên hiệp Hội Đồng Nai"), Doc("b", "Hội nghị ở Bình Dương"));
        Assert.Equal(["a"], index.Find(query));
    }

    [Fact]
    public void Decomposed_text_and_query_match_composed_ones()
    {
        var decomposed = "Đồng Nai".Normalize(NormalizationForm.FormD);
        using var index = new SearchIndexTestBed(Doc("a", decomposed), Doc("b", "Khoa học"));
        Assert.Equal(["a"], index.Find("Đồng Nai"));
        using var composed = new SearchIndexTestBed(Doc("a", "Đồng Nai"), Doc("b", "Khoa học"));
        Assert.Equal(["a"], composed.Find(decomposed));
    }

    [Fact]
    public void Exact_diacritics_rank_first()
    {
        using var index = new SearchIndexTestBed(Doc("dang", "Sinh hoạt dạng mới"), Doc("dang2", "Việc đáng làm"), Doc("dang3", "Chi bộ Đảng"));
        Assert.Equal("dang3", index.Find("Đảng")[0]);
        Assert.Equal(3, index.Find("Đảng").Count);
    }

    [Theory]
    [InlineData("hòa", "hoà")]
    [InlineData("thủy", "thuỷ")]
    public void Both_tone_placements_are_one_exact_key(string newStyle, string oldStyle)
        => Assert.Equal(UstaOrchard.Core.Text.VietnameseText.ExactKey(newStyle), UstaOrchard.Core.Text.VietnameseText.ExactKey(oldStyle));

    [Fact]
    public void Quoted_phrase_needs_adjacent_syllables()
    {
        using var index = new SearchIndexTestBed(Doc("a", "Hội thảo khoa học"), Doc("b", "Học sinh khoa toán"));
        Assert.Equal(["a"], index.Find("\"khoa học\""));
        Assert.Equal(2, index.Find("khoa học").Count);
        Assert.Equal("a", index.Find("khoa học")[0]);
    }

    [Fact]
    public void Stop_words_stay_searchable()
    {
        using var index = new SearchIndexTestBed(Doc("a", "Khoa học và công nghệ"), Doc("b", "Khoa học, công nghệ"));
        Assert.Equal(["a"], index.Find("\"khoa học và công nghệ\""));
    }

    [Fact]
    public void Folded_syllables_split_on_punctuation()
        => Assert.Equal(["pc", "covid", "dong", "nai"], VietnameseAnalyzer.FoldedSyllables("PC-Covid, Đồng Nai!"));

    [Fact]
    public void Curly_quotes_quote_a_phrase()
    {
        using var index = new SearchIndexTestBed(Doc("a", "Hội thảo khoa học"), Doc("b", "Học sinh khoa toán"));
        Assert.Equal(["a"], index.Find("“khoa học”"));
        Assert.Equal(["a"], index.Find("«khoa học»"));
    }

    [Fact]
    public void Eth_stands_for_D_with_stroke()
    {
        // Text converted from the old TCVN3/VNI encodings writes Ð (U+00D0) for Đ.
        using var index = new SearchIndexTestBed(Doc("a", "Liên hiệp Hội Đồng Nai"), Doc("b", "Khoa học"));
        Assert.Equal(["a"], index.Find("ÐỒNG NAI"));
        Assert.Equal(UstaOrchard.Core.Text.VietnameseText.ExactKey("Đồng"), UstaOrchard.Core.Text.VietnameseText.ExactKey("Ðồng"));
    }
}
