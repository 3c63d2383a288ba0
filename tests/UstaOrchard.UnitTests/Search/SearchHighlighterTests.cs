using Usta.Search.Querying;

namespace UstaOrchard.UnitTests.Search;

public sealed class SearchHighlighterTests
{
    private static string Html(Microsoft.AspNetCore.Html.IHtmlContent? content)
    {
        using var writer = new StringWriter();
        content!.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        return writer.ToString();
    }

    [Theory]
    [InlineData("dong nai", "Hội <mark>Đồng Nai</mark> họp")]
    [InlineData("ĐỒNG", "Hội <mark>Đồng</mark> Nai họp")]
    [InlineData("\"nai hop\"", "Hội Đồng <mark>Nai họp</mark>")]
    public void Whole_MarksTypedSyllablesInTheOriginalDiacritics(string query, string expected)
        => Assert.Equal(expected, Html(SearchHighlighter.Whole("Hội Đồng Nai họp", ReaderQuery.Parse(query))));

    [Fact]
    public void Phrase_IsMarkedOnlyWhereItsSyllablesStandTogether()
        => Assert.Equal("Nai ở Đồng; <mark>Đồng Nai</mark>",
            Html(SearchHighlighter.Whole("Nai ở Đồng; Đồng Nai", ReaderQuery.Parse("\"dong nai\""))));

    [Fact]
    public void WordWithAHyphen_IsOneMark()
        => Assert.Equal("ứng dụng <mark>PC-Covid</mark>", Html(SearchHighlighter.Whole("ứng dụng PC-Covid", ReaderQuery.Parse("pc-covid"))));

    [Fact]
    public void Markup_InTheText_IsEncoded()
        => Assert.Equal("&lt;script&gt;<mark>alert</mark>(1)&lt;/script&gt; &amp; &quot;x&quot;",
            Html(SearchHighlighter.Whole("<script>alert(1)</script> & \"x\"", ReaderQuery.Parse("alert"))));

    [Fact]
    public void Snippet_IsThePassageWithTheWords_CutWithEllipses()
    {
        var text = string.Join(' ', Enumerable.Repeat("mở đầu", 40)) + " giữa có Đồng Nai ở đây " + string.Join(' ', Enumerable.Repeat("kết thúc", 40));
        var html = Html(SearchHighlighter.Snippet(text, ReaderQuery.Parse("dong nai")));
        Assert.StartsWith("… ", html);
        Assert.EndsWith(" …", html);
        Assert.Contains("<mark>Đồng Nai</mark>", html);
        Assert.True(html.Length < 400);
    }

    [Fact]
    public void Snippet_WithoutTheWords_IsNull()
        => Assert.Null(SearchHighlighter.Snippet("Không có gì", ReaderQuery.Parse("covid")));
}

public sealed class SearchServiceInputTests
{
    // Built from chars: an attribute's string with a lone surrogate does not survive into the test.
    [Fact]
    public void Clean_TurnsControlsAndLoneSurrogatesIntoSpaces()
    {
        var cases = new (string Input, string Expected)[]
        {
            ("a\0b", "a b"),
            ("x" + (char)0xD800 + "y", "x y"),
            (((char)0xDC00).ToString(), " "),
            ("\uD83D\uDE00 ok", "\uD83D\uDE00 ok"),
        };
        foreach (var (input, expected) in cases)
        {
            Assert.Equal(expected, SearchService.Clean(input));
            ReaderQuery.Parse(SearchService.Clean(input)); // normalisation throws on a lone surrogate
        }
    }
}
