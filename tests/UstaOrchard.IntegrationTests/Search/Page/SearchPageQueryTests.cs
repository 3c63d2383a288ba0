using System.Net;
using UstaOrchard.IntegrationTests.Infrastructure;
using Xunit;
using static UstaOrchard.IntegrationTests.Search.Page.SearchPageClient;

namespace UstaOrchard.IntegrationTests.Search.Page;

/// <summary>What a reader types in the box: the seed article found, bad input answered with 200 and a message, nothing reflected.</summary>
public sealed class SearchPageQueryTests(EditorSiteFixture site) : IClassFixture<EditorSiteFixture>
{
    private const string SeedTitle = "Chi bộ Liên hiệp các Hội Khoa học và Kỹ thuật Đồng Nai";

    [Theory]
    [InlineData("giao duc chinh tri")]
    [InlineData("\"Liên hiệp Hội\"")]
    [InlineData("dang vien")]
    [InlineData("PC-Covid")]
    public async Task IssueQuery_FindsTheSeedArticle(string q)
    {
        await site.Factory.WaitForSearchIndexAsync();
        var answer = await SearchAsync(site.Factory, q);
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Contains(answer.Hits, h => h.QuerySelector("h2 a")!.TextContent.StartsWith(SeedTitle, StringComparison.Ordinal));
        Assert.NotNull(answer.Document.QuerySelector("[data-test=search-total]"));
        Assert.Equal(q, answer.Document.QuerySelector("#search-page-q")!.GetAttribute("value"));
    }

    [Theory]
    [InlineData("q=", "Hãy nhập từ cần tìm")]
    [InlineData("q=+++", "Hãy nhập từ cần tìm")]
    [InlineData("q=!%3F.%2C%3B", "Hãy nhập từ cần tìm")]
    [InlineData("q=((", "Hãy nhập từ cần tìm")]
    [InlineData("q=title%3A", null)]
    [InlineData("q=*", "Hãy nhập từ cần tìm")]
    [InlineData("q=~", "Hãy nhập từ cần tìm")]
    [InlineData("q=AND+OR+NOT", null)]
    [InlineData("q=-covid", "chỉ nhập từ cần loại trừ")]
    [InlineData("q=%ED%A0%80abc", null)]
    [InlineData("q=a%00b", null)]
    [InlineData("q=%22unclosed+phrase", null)]
    [InlineData("q=ti%CC%81m+ki%C3%AA%CC%81m", null)]
    public async Task BadQuery_Returns200WithAMessage(string queryString, string? expected)
    {
        await site.Factory.WaitForSearchIndexAsync();
        var answer = await GetAsync(site.Factory, queryString);
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.DoesNotContain("Exception", answer.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("\0", answer.Html, StringComparison.Ordinal);
        Assert.True(answer.Notice is not null || answer.Hits.Count > 0, "neither a message nor results");
        if (expected is not null) Assert.Contains(expected, answer.Notice);
    }

    [Theory]
    [InlineData("giao duc ")]
    [InlineData("giáo dục ")]
    [InlineData("(( title: ")]
    public async Task TenThousandCharacterQuery_Returns200AndSaysItWasCut(string repeated)
    {
        await site.Factory.WaitForSearchIndexAsync();
        var q = string.Concat(Enumerable.Repeat(repeated, 10_000 / repeated.Length + 1))[..10_000];
        var answer = await SearchAsync(site.Factory, q);
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Contains("quá dài", answer.Notice);
        Assert.True(answer.Document.QuerySelector("#search-page-q")!.GetAttribute("value")!.Length <= 256);
    }

    [Fact]
    public async Task Markup_InQueryOrContent_IsNeverReflected()
    {
        var word = UniqueWord();
        await CreateAsync(site.Factory, $"Tin {word} <i>nghiêng</i>",
            $"<p>Đoạn có {word} và &lt;script&gt;alert(1)&lt;/script&gt; <strong>đậm</strong> <em>&lt;b&gt;</em></p>", DateTime.UtcNow);
        await site.Factory.WaitForSearchIndexAsync();

        foreach (var q in new[] { $"{word} <script>alert(2)</script>", "\"><img src=x onerror=alert(3)>" })
        {
            var reflected = await SearchAsync(site.Factory, q);
            Assert.Equal(HttpStatusCode.OK, reflected.Status);
            Assert.DoesNotContain("<script>alert", reflected.Html, StringComparison.Ordinal);
            Assert.DoesNotContain("<img src=x", reflected.Html, StringComparison.Ordinal);
        }

        var answer = await SearchAsync(site.Factory, word);
        Assert.DoesNotContain("<script>alert", answer.Html, StringComparison.Ordinal);
        var hit = Assert.Single(answer.Hits);
        var snippet = hit.QuerySelector("[data-test=search-hit-snippet]")!;
        Assert.All(snippet.QuerySelectorAll("*"), e => Assert.Equal("mark", e.LocalName));
        Assert.Contains("<script>alert(1)</script>", snippet.TextContent, StringComparison.Ordinal);
        Assert.All(hit.QuerySelector("h2 a")!.QuerySelectorAll("*"), e => Assert.Equal("mark", e.LocalName));
    }

    [Theory]
    [InlineData("dong nai", "Đồng Nai")]
    [InlineData("ĐỒNG NAI", "Đồng Nai")]
    [InlineData("\"lien hiep hoi\"", "Liên hiệp Hội")]
    [InlineData("pc-covid", "PC-Covid")]
    public async Task TypedSyllables_AreMarkedInTheirOriginalDiacritics(string q, string marked)
    {
        await site.Factory.WaitForSearchIndexAsync();
        var answer = await SearchAsync(site.Factory, q);
        var seed = answer.Hits.First(h => h.QuerySelector("h2 a")!.TextContent.StartsWith(SeedTitle, StringComparison.Ordinal));
        var marks = seed.QuerySelectorAll("mark").Select(m => m.TextContent).ToList();
        Assert.Contains(marked, marks);
        // Nothing but what was typed is marked (each word where it stands alone too, unless quoted).
        var typed = Syllables(q);
        Assert.All(marks, m => Assert.Subset(typed, Syllables(m)));
    }

    private static HashSet<string> Syllables(string text)
        => UstaOrchard.Core.Text.VietnameseText.Fold(text).Split([' ', '"', '-'], StringSplitOptions.RemoveEmptyEntries).ToHashSet();

    [Fact]
    public async Task NoResults_SaysSoWithHints()
    {
        await site.Factory.WaitForSearchIndexAsync();
        var answer = await SearchAsync(site.Factory, UniqueWord());
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Contains("Không tìm thấy", answer.Notice);
        Assert.Contains("ngoặc kép", answer.Notice);
        Assert.Empty(answer.Hits);
    }

    [Fact]
    public async Task FirstVisit_ShowsTheFormAndTheSyntaxHelp()
    {
        var answer = await GetAsync(site.Factory, "");
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.NotNull(answer.Document.QuerySelector("form[role=search] #search-page-q"));
        Assert.Contains("ngoặc kép", answer.Document.QuerySelector("[data-test=search-help]")!.TextContent);
        Assert.Equal("noindex", answer.Document.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.Null(answer.Notice);
    }

    [Fact]
    public async Task TheQueryNamesThePage_AndEachSearchFormHasItsOwnName()
    {
        var answer = await SearchPageClient.SearchAsync(site.Factory, "dong nai");

        Assert.StartsWith("Tìm kiếm: dong nai – ", answer.Document.Title);
        var names = answer.Document.QuerySelectorAll("form[role=search]").Select(f => f.GetAttribute("aria-label")).ToList();
        Assert.Equal(2, names.Count);
        Assert.Equal(2, names.Distinct().Count(n => !string.IsNullOrEmpty(n)));
    }
}
