using Usta.Contents.Html;

namespace UstaOrchard.UnitTests.Contents.Html;

public sealed class ContentHtmlSanitizerTests
{
    private static readonly ContentHtmlSanitizer Sanitizer = new(new HtmlContentOptions(HtmlContentOptions.DefaultIframeHosts));

    [Theory]
    [InlineData("<p>a</p><script>alert(1)</script>", "<p>a</p>")]
    [InlineData("<p onclick=\"alert(1)\">a</p>", "<p>a</p>")]
    [InlineData("<img src=\"x\" onerror=\"alert(1)\">", "<img src=\"x\">")]
    [InlineData("<a href=\"javascript:alert(1)\">a</a>", "<a>a</a>")]
    [InlineData("<a href=\" JaVaScRiPt:alert(1)\">a</a>", "<a>a</a>")]
    [InlineData("<a href=\"vbscript:msgbox(1)\">a</a>", "<a>a</a>")]
    [InlineData("<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">a</a>", "<a>a</a>")]
    [InlineData("<img src=\"data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=\">", "<img>")]
    [InlineData("<iframe src=\"https://evil.example/\"></iframe><p>b</p>", "<p>b</p>")]
    [InlineData("<iframe src=\"http://www.youtube.com/embed/x\"></iframe>", "")]
    [InlineData("<svg onload=\"alert(1)\"><circle r=\"1\"></circle></svg><p>c</p>", "<p>c</p>")]
    [InlineData("<div style=\"position:fixed;top:0;left:0;z-index:9999;width:100%\">d</div>", "<div style=\"width: 100%\">d</div>")]
    [InlineData("<p style=\"transform:scale(9);text-align:center\">e</p>", "<p style=\"text-align: center\">e</p>")]
    [InlineData("<form action=\"/dang-nhap\"><input name=\"x\"><button>Gửi</button></form><p>f</p>", "<p>f</p>")]
    [InlineData("<object data=\"x.swf\"></object><embed src=\"x.swf\"><p>g</p>", "<p>g</p>")]
    [InlineData("<style>body{display:none}</style><p>h</p>", "<p>h</p>")]
    [InlineData("<p><font face=\"Arial\">chữ của Word</font><o:p></o:p></p>", "<p>chữ của Word</p>")]
    [InlineData("<p id=\"x\" data-x=\"1\">i</p>", "<p>i</p>")]
    public void HostileMarkup_IsRemoved(string dirty, string clean)
        => Assert.Equal(clean, Sanitizer.Sanitize(dirty));

    [Theory]
    [InlineData("<h2>Tiêu đề</h2><p lang=\"en\">Text – “quoted”…</p>")]
    [InlineData("<figure><img src=\"/media/tin-tuc/a.jpg\" alt=\"Ảnh\" width=\"1600\" height=\"1067\"><figcaption>Chú thích</figcaption></figure>")]
    [InlineData("<ul><li><strong>Một</strong></li><li><em>Hai</em> <u>ba</u> <s>bốn</s> H<sub>2</sub>O x<sup>2</sup></li></ul><ol start=\"3\"><li>Ba</li></ol>")]
    [InlineData("<p><a href=\"mailto:lienhiephoidn@gmail.com\">thư</a> <a href=\"tel:+842513946348\">gọi</a> <a href=\"/gioi-thieu\">giới thiệu</a> <a href=\"https://vusta.vn/\">VUSTA</a></p>")]
    [InlineData("<table class=\"bang\"><thead><tr><th scope=\"col\">A</th></tr></thead><tbody><tr><td colspan=\"2\" rowspan=\"3\">1</td></tr></tbody></table>")]
    [InlineData("<blockquote><p>Trích dẫn</p></blockquote><hr><p>a<br>b</p><div class=\"ghi-chu\"><span class=\"nho\">x</span></div>")]
    [InlineData("<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"chấm\">")]
    [InlineData("<img src=\"/media/a.jpg\" alt=\"a\" loading=\"lazy\" srcset=\"/media/a.jpg?w=480 480w, /media/a.jpg 1600w\" sizes=\"100vw\">")]
    public void ArticleMarkup_SurvivesByteForByte(string html)
        => Assert.Equal(html, Sanitizer.Sanitize(html));

    [Fact]
    public void LinkToANewTab_GetsNoopener()
        => Assert.Equal("<a href=\"https://vusta.vn/\" target=\"_blank\" rel=\"nofollow noopener\">a</a>",
            Sanitizer.Sanitize("<a href=\"https://vusta.vn/\" target=\"_blank\" rel=\"nofollow opener\">a</a>"));

    [Theory]
    [InlineData("https://www.youtube.com/embed/abc", true)]
    [InlineData("https://www.youtube-nocookie.com/embed/abc", true)]
    [InlineData("https://www.google.com/maps/embed?pb=1", true)]
    [InlineData("https://www.google.com/search?q=x", false)]
    [InlineData("https://www.youtube.com.evil.example/embed/abc", false)]
    [InlineData("https://user@www.youtube.com/embed/abc", false)]
    public void Frames_OnlyFromTheAllowedHosts_Sandboxed(string source, bool kept)
    {
        var clean = Sanitizer.Sanitize($"<iframe src=\"{source}\" width=\"560\" height=\"315\" onload=\"alert(1)\" allowfullscreen=\"\"></iframe>");
        if (!kept)
        {
            Assert.Equal("", clean);
            return;
        }
        Assert.Equal($"<iframe src=\"{source.Replace("&", "&amp;")}\" width=\"560\" height=\"315\" allowfullscreen=\"\" "
                     + "sandbox=\"allow-scripts allow-same-origin allow-popups allow-presentation\" referrerpolicy=\"strict-origin-when-cross-origin\"></iframe>", clean);
    }
}
