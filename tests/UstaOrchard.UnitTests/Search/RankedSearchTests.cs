using Usta.Search.Indexing;
using Xunit;

namespace UstaOrchard.UnitTests.Search;

/// <summary>
/// The results page's two passes (<see cref="Usta.Search.Querying.RankedSearch"/>): the first keeps
/// the best few by the clauses that decide the top, the second orders those by the whole query.
/// The total is always the whole query's, and what ranks first must not depend on the first pass.
/// </summary>
public sealed class RankedSearchTests
{
    private static readonly string Filler = string.Join(' ', Enumerable.Repeat("bài viết ghi lại buổi làm việc của đoàn công tác tại địa phương", 30));

    [Fact]
    public void A_title_match_ranks_first_even_when_many_bodies_score_higher_on_the_words()
    {
        // 250 short texts full of the words (high body scores) and one long article titled with them.
        var bodies = Enumerable.Range(0, 250)
            .Select(i => SearchIndexTestBed.Doc($"x-body{i}", $"Ghi chép số {i}", "sầu riêng sầu riêng sầu riêng ở vườn, sầu riêng chín rộ"));
        using var index = new SearchIndexTestBed([.. bodies, SearchIndexTestBed.Doc("x-title", "Sầu riêng Long Khánh vào mùa", Filler),
            // The words apart in the title: no title pair keeps it, only the title's single words can.
            SearchIndexTestBed.Doc("x-apart", "Riêng năm nay, nỗi sầu của nhà vườn Long Khánh", Filler)]);

        // "sầu riêng" unquoted: the text's adjacent pair is left to the second pass, so both passes run.
        var found = index.Find("sầu riêng", firstPassHits: 20);

        Assert.Equal("x-title", found[0]);
        Assert.Equal("x-apart", found[1]);
        Assert.Equal(252, index.Total("sầu riêng"));
    }

    [Fact]
    public void Exact_diacritics_decide_the_first_pass_too()
    {
        // Many "đáng" documents that score higher on the folded word, one "Đảng" document: the reader's
        // diacritics must still put it first, however few the first pass keeps.
        var others = Enumerable.Range(0, 100)
            .Select(i => SearchIndexTestBed.Doc($"x-dang{i}", $"Ghi chép {i}", "việc đáng làm, đáng nhớ, đáng học hỏi trong năm"));
        using var index = new SearchIndexTestBed([.. others, SearchIndexTestBed.Doc("x-party", "Ghi chép", "Chi bộ Đảng họp cuối năm. " + Filler)]);

        Assert.Equal("x-party", index.Find("Đảng năm", firstPassHits: 5)[0]);
        Assert.Equal("x-party", index.Find("Đảng", firstPassHits: 5)[0]);
    }

    private static readonly Lazy<SearchIndexTestBed> Sample = new(() => new SearchIndexTestBed([.. SampleContent.Documents,
        SearchIndexTestBed.Doc("x-apart", "Ghi chép", "Riêng năm nay, nỗi sầu của nhà vườn Long Khánh là giá thấp."),
        SearchIndexTestBed.Doc("x-together", "Ghi chép", "Mùa thu hoạch sầu riêng ở Long Khánh năm nay đến sớm.")]));

    public static TheoryData<string> Queries()
    {
        var data = new TheoryData<string>();
        foreach (var row in SampleSearchTableTests.Table) data.Add(row.Query);
        foreach (var extra in new[] { "sau rieng", "sầu riêng", "khoa hoc cong nghe", "hội thi sáng tạo kỹ thuật", "liên hiệp hội đồng nai", "\"khoa học\" công nghệ" })
            data.Add(extra);
        return data;
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public void Two_passes_rank_as_one_pass_of_the_whole_query_over_the_sample(string query)
    {
        var index = Sample.Value;
        var (ids, total) = index.FindInOnePass(query);

        Assert.Equal(ids, index.Find(query));
        Assert.Equal(total, index.Total(query));
    }
}
