using System.Text;
using Usta.Media.Uploads;

namespace UstaOrchard.UnitTests.Media;

public class SvgSanitizerTests
{
    private static string? Clean(string svg) => SvgSanitizer.Sanitize(new MemoryStream(Encoding.UTF8.GetBytes(svg)));

    [Fact]
    public void Script_Handlers_ForeignObject_AndOutsideLinks_AreRemoved_DrawingKept()
    {
        var clean = Clean("""
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10" onload="alert(1)">
              <script>alert(1)</script>
              <foreignObject><iframe xmlns="http://www.w3.org/1999/xhtml" src="javascript:alert(1)"/></foreignObject>
              <a href="javascript:alert(1)"><rect width="5" height="5"/></a>
              <use xlink:href="https://evil.example/x.svg#a"/>
              <use href="#dot"/>
              <circle id="dot" cx="5" cy="5" r="2" fill="url(#g)" style="background:url(https://evil.example)" onclick="x()"/>
              <rect width="1" height="1" fill="url(https://evil.example/a)"/>
            </svg>
            """)!;

        Assert.DoesNotContain("script", clean, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onload", clean);
        Assert.DoesNotContain("onclick", clean);
        Assert.DoesNotContain("foreignObject", clean);
        Assert.DoesNotContain("iframe", clean);
        Assert.DoesNotContain("evil", clean);
        Assert.DoesNotContain("<a", clean);
        Assert.Contains("""<use href="#dot" />""", clean);
        Assert.Contains("""fill="url(#g)""", clean);
        Assert.Contains("viewBox=\"0 0 10 10\"", clean);
    }

    [Fact]
    public void ADrawingNestedDeeperThanAnyRealOne_IsRefused_NotWalkedUntilTheStackEnds()
    {
        static string Nested(int depth) => "<svg xmlns=\"http://www.w3.org/2000/svg\">" + string.Concat(Enumerable.Repeat("<g>", depth))
            + "<rect width=\"1\" height=\"1\"/>" + string.Concat(Enumerable.Repeat("</g>", depth)) + "</svg>";

        Assert.NotNull(Clean(Nested(50)));
        Assert.Null(Clean(Nested(1_000)));
    }

    [Theory]
    [InlineData("not xml")]
    [InlineData("<html xmlns=\"http://www.w3.org/1999/xhtml\"/>")]
    [InlineData("<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><svg xmlns=\"http://www.w3.org/2000/svg\">&x;</svg>")]
    public void NotAnSvgDocument_IsRefused(string text) => Assert.Null(Clean(text));
}
