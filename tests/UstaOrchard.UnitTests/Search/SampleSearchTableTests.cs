using System.Text;
using Usta.Search.Indexing;
using Xunit;

namespace UstaOrchard.UnitTests.Search;

/// <summary>
/// What a reader types and what they must find, over the sample site's published content
/// (recipes/usta-setup.recipe.json) plus a few small documents for words the sample lacks. Every
/// row runs three ways: as typed (composed), with the query decomposed (NFD), and over an index
/// written from decomposed texts, since Vietnamese arrives in both forms.
/// </summary>
public sealed class SampleSearchTableTests
{
    // Short names for the sample's items (ContentItemIds in the recipe).
    private static readonly Dictionary<string, string> Ids = new()
    {
        ["seed"] = "eq8ks141tbhsbn4r6zf9n8jg3g",   // Chi bộ Liên hiệp các Hội …: Đẩy mạnh công tác giáo dục chính trị …
        ["thidua"] = "4tk75b783vdgjr5rp07yaw1d1x", // Cụm thi đua khối 11 tổng kết …
        ["daihoi"] = "nyma0c36wfjtmhft84jsk22a9t", // Liên hiệp Hội Đồng Nai chuẩn bị Đại hội …
        ["phobien"] = "a36hb73tw4wdf9r2vjec5kt88r", // Triển khai kế hoạch phổ biến kiến thức khoa học và công nghệ …
        ["hoithi"] = "mdmnqg6njsrx8yr83pn2ch8vzj", // Trao giải Hội thi Sáng tạo kỹ thuật …
        ["cuocthi"] = "b1mjd65da0cmkqfg58aw45ed9c", // Cuộc thi Sáng tạo thanh thiếu niên, nhi đồng …
        ["giaithuong"] = "mmd0fp76w27f6d58gqsb7msyea", // Tổng kết Giải thưởng Sáng tạo khoa học công nghệ …
        ["toadam"] = "anwec15xrsyxe6nf0rd0m14dh4", // Tọa đàm Nhịp cầu trí thức: Chuyển đổi số …
        ["thuoc"] = "hg1j7hq4zbm0kmb1fxfbb6s5n1", // Sử dụng an toàn thuốc bảo vệ thực vật …
        ["saurieng"] = "6q4am21c0x86sbvd91rr9mdk6z", // Hội Làm vườn … chăm sóc cây sầu riêng
        ["yhoc"] = "z4j3jrc06q2r01pmgf0fqg4j3b", // Hội Y học Đồng Nai hội thảo chăm sóc sức khỏe … Covid-19
        ["pccovid"] = "jwe1yxxh33e7tcsdx4tjsn6swa", // Hội Tin học … ứng dụng PC-Covid
        ["quyhoach"] = "jk20938jnfa0752q4mf3e6gqrh", // Góp ý dự thảo Quy hoạch tỉnh … 2050
        ["tuvan"] = "ch4ehx0thgrj9ynh2as3e6za90", // Tư vấn, phản biện Đề án … công nghệ cao
        ["phathanh"] = "81se98cyjyj0qj2syf16qg4gr3", // Phát hành Bản tin Liên hiệp Hội số 43
        ["bt40"] = "6v69t18q3ps4xcw5wth5vnv850",
        ["bt41"] = "19nvg2p36ap701dc741x8eg9aa",
        ["bt42"] = "afbb3pqz2sxr7bsc5h2d3ryqkv",
        ["bt43"] = "9a11j11at4t731xwmsr60ehxnq",
        ["gioithieu"] = "m562jnfh0e3qhcte1y4kqd5mr8", // Giới thiệu Liên hiệp Hội
        ["lienhe"] = "csv3b5r4be5a2dey2kmzqd1ce9", // Liên hệ (… Biên Hòa …)
        ["about"] = "6p1302r3cyzc0mb5naa7q60jv1", // About us (English)
        // Small documents for what the sample lacks: "đáng", "dạng", "thuỷ", two syllables apart.
        ["dang1"] = "x-dang1",
        ["dang2"] = "x-dang2",
        ["thuy1"] = "x-thuy1",
        ["thuy2"] = "x-thuy2",
        ["together"] = "x-together",
        ["apart"] = "x-apart",
    };

    private static readonly SearchDocument[] Extra =
    [
        SearchIndexTestBed.Doc("x-dang1", "Một việc đáng làm ngay trong năm"),
        SearchIndexTestBed.Doc("x-dang2", "Sinh hoạt theo dạng mới trong năm"),
        SearchIndexTestBed.Doc("x-thuy1", "Công trình thủy lợi hồ Trị An"),
        SearchIndexTestBed.Doc("x-thuy2", "Ngày hội thuỷ sản ven sông"),
        // Written first so that, were adjacency ignored, the tie would put it first.
        SearchIndexTestBed.Doc("x-apart", "Ghi chép", "Riêng năm nay, nỗi sầu của nhà vườn Long Khánh là giá thấp."),
        SearchIndexTestBed.Doc("x-together", "Ghi chép", "Mùa thu hoạch sầu riêng ở Long Khánh năm nay đến sớm."),
    ];

    private static readonly Lazy<SearchIndexTestBed> Composed = new(() => new SearchIndexTestBed([.. SampleContent.Documents, .. Extra]));
    private static readonly Lazy<SearchIndexTestBed> Decomposed = new(() => new SearchIndexTestBed([.. SampleContent.Documents.Concat(Extra).Select(Nfd)]));

    public enum Form { AsTyped, QueryDecomposed, TextDecomposed }

    /// <summary>query; ids that must be found; the id that must come first ("" = any); ids that must not be found.</summary>
    public static readonly (string Query, string Found, string First, string Absent)[] Table =
    [
        // The four queries for the seed article.
        ("giao duc chinh tri", "seed", "seed", "about"),
        ("\"Liên hiệp Hội\"", "seed daihoi phathanh gioithieu", "", "saurieng about"),
        ("dang vien", "seed", "seed", "yhoc"),
        ("PC-Covid", "pccovid bt42 seed", "pccovid", "yhoc thidua"),
        // With or without accents, any case.
        ("giáo dục chính trị", "seed", "seed", ""),
        ("GIÁO DỤC CHÍNH TRỊ", "seed", "seed", ""),
        ("ĐỒNG NAI", "seed gioithieu saurieng lienhe", "", ""),
        ("Dong Nai", "about seed quyhoach", "", "dang1"),
        ("sau rieng", "saurieng together apart", "saurieng", "thuoc"),
        ("Làm vườn", "saurieng", "saurieng", ""),
        // đ and Đ fold to d; exact diacritics rank first.
        ("Đẩy mạnh", "seed", "seed", ""),
        ("dang uy", "seed", "seed", ""),
        ("ĐỀ ÁN", "tuvan phobien", "tuvan", ""),
        ("Đảng", "seed dang1 dang2", "seed", ""),
        ("đáng", "seed dang1 dang2", "dang1", ""),
        ("dạng", "seed dang1 dang2", "dang2", ""),
        // Tone placement: old (hoà, thuỷ, khoẻ, toạ, uỷ) and new (hòa, thủy, khỏe, tọa, ủy) are one word.
        ("Biên Hoà", "lienhe", "lienhe", ""),
        ("hoà", "lienhe hoithi toadam", "lienhe", ""),
        ("tự động hoá", "hoithi cuocthi", "", "lienhe"),
        ("thuỷ", "thuy1 thuy2", "", "seed"),
        ("thủy lợi", "thuy1", "thuy1", "thuy2"),
        ("sức khoẻ", "yhoc hoithi thuoc", "yhoc", ""),
        ("khoe", "yhoc hoithi thuoc", "", ""),
        ("toạ đàm", "toadam phobien", "toadam", ""),
        ("Uỷ ban nhân dân", "thidua tuvan", "", ""),
        // Quoted phrases match adjacent syllables only; stop words inside them count.
        ("\"khoa học và công nghệ\"", "phobien gioithieu daihoi bt40 bt42", "phobien", "giaithuong"),
        ("\"khoa học công nghệ\"", "giaithuong seed", "giaithuong", "phobien bt40"),
        ("\"các Hội\"", "seed", "", ""),
        ("\"của Đảng\"", "seed", "seed", ""),
        ("\"bon dung\"", "thuoc", "thuoc", ""),
        ("\"nhịp cầu trí thức\"", "toadam phobien", "toadam", ""),
        ("\"kinh tế xã hội\"", "gioithieu", "gioithieu", ""),
        ("\"sầu riêng\"", "saurieng together", "saurieng", "apart"),
        // Exclusion.
        ("sáng tạo -covid", "giaithuong cuocthi bt43", "", "hoithi"),
        ("dong nai -\"pc covid\"", "quyhoach saurieng", "", "pccovid bt42 seed"),
        ("hội thảo -\"y học\"", "quyhoach", "", "yhoc"),
        // Hyphenated words and numbers.
        ("Covid-19", "yhoc thidua hoithi bt41", "yhoc", "pccovid"),
        ("pc covid", "pccovid bt42", "pccovid", ""),
        ("2050", "quyhoach", "quyhoach", "seed"),
        ("42", "bt42", "bt42", "bt40"),
        ("bản tin số 43", "bt43 phathanh", "", "bt41"),
        ("khoi 11", "thidua", "thidua", ""),
        ("30/4", "lienhe", "lienhe", ""),
        ("0251", "lienhe", "lienhe", "about"),
        // Title above body; lead, caption, author, category and e-mail are searched.
        ("hội thảo", "yhoc quyhoach", "yhoc", ""),
        ("chuyen doi so", "toadam thidua", "toadam", ""),
        ("quán triệt Nghị quyết", "seed", "seed", ""),
        ("Dương Phúc", "seed", "seed", ""),
        ("\"hoat dong lien hiep hoi\"", "seed", "", ""),
        ("lienhiephoidn", "lienhe about", "", ""),
    ];

    public static TheoryData<Form, string> Rows()
    {
        var data = new TheoryData<Form, string>();
        foreach (var form in Enum.GetValues<Form>())
            foreach (var row in Table) data.Add(form, row.Query);
        return data;
    }

    [Fact]
    public void Table_has_at_least_thirty_cases_from_the_sample()
    {
        Assert.True(Table.Length >= 30);
        Assert.True(SampleContent.Documents.Count >= 20);
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Query_finds_what_the_reader_expects(Form form, string query)
    {
        var row = Table.Single(r => r.Query == query);
        var index = form == Form.TextDecomposed ? Decomposed.Value : Composed.Value;
        var typed = form == Form.QueryDecomposed ? query.Normalize(NormalizationForm.FormD) : query;

        var found = index.Find(typed);

        foreach (var name in Names(row.Found)) Assert.Contains(Ids[name], found);
        foreach (var name in Names(row.Absent)) Assert.DoesNotContain(Ids[name], found);
        if (row.First.Length > 0) Assert.Equal(Ids[row.First], found.FirstOrDefault());
    }

    [Theory]
    [InlineData("sau rieng", "together", "apart")]
    [InlineData("sầu riêng", "together", "apart")]
    [InlineData("khoa hoc cong nghe", "giaithuong", "tuvan")]
    public void Words_typed_together_rank_higher_where_they_stand_together(string query, string better, string worse)
    {
        var found = Composed.Value.Find(query).ToList();
        Assert.Contains(Ids[worse], found);
        Assert.True(found.IndexOf(Ids[better]) >= 0 && found.IndexOf(Ids[better]) < found.IndexOf(Ids[worse]), string.Join(", ", found));
    }

    private static IEnumerable<string> Names(string list) => list.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static SearchDocument Nfd(SearchDocument d) => d with
    {
        Title = d.Title.Normalize(NormalizationForm.FormD),
        Lead = d.Lead.Normalize(NormalizationForm.FormD),
        Body = d.Body.Normalize(NormalizationForm.FormD),
        Author = d.Author.Normalize(NormalizationForm.FormD),
        Categories = d.Categories.Select(c => c with { Title = c.Title.Normalize(NormalizationForm.FormD) }).ToList(),
    };
}
