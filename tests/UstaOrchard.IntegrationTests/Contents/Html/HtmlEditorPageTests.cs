using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Usta.Contents;
using UstaOrchard.Core.Contents;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Contents.Html;

/// <summary>The body posted from the admin's Page editor is stored sanitised; the editor's files are served.</summary>
public sealed class HtmlEditorPageTests(EditorSiteFixture site) : IClassFixture<EditorSiteFixture>
{
    private const string Dirty =
        "<h2>Mở đầu</h2><script>alert('s')</script><p><a href=\"javascript:alert('j')\">bấm</a></p><svg onload=\"alert('v')\"></svg>"
        + "<iframe src=\"https://evil.example/\"></iframe><img src=\"x\" onerror=\"alert('i')\" alt=\"ảnh\">"
        + "<table><tbody><tr><td style=\"position:absolute;z-index:10\">ô</td></tr></tbody></table>";

    [Fact]
    public async Task BodyPostedFromTheEditPage_IsStoredClean()
    {
        var editor = await site.Factory.SignedInAsync("Editor");
        var form = await editor.GetDocumentAsync("/Admin/Contents/Create/Page");
        var textarea = form.QuerySelector("textarea[name='HtmlBodyPart.Html']");
        Assert.NotNull(textarea);
        Assert.True(textarea.HasAttribute("data-html-editor"));
        Assert.NotNull(form.QuerySelector("script[src*='/editor/html-editor']") ?? throw new Xunit.Sdk.XunitException(form.DocumentElement.OuterHtml));

        var response = await editor.SubmitAsync(form, "content-editor", new Dictionary<string, string>
        {
            ["TitlePart.Title"] = "Trang soạn thảo " + EditorSiteFixture.NewId(),
            ["HtmlBodyPart.Html"] = Dirty,
        }, "/Admin/Contents/Create/Page", button: "save-draft");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = response.Headers.Location!.OriginalString.Split('/').Last();
        var stored = await site.Factory.InScopeAsync(sp => sp.GetRequiredService<ContentManager>().GetAsync(id, VersionOptions.Latest));
        Assert.Equal("<h2>Mở đầu</h2><p><a>bấm</a></p><img src=\"x\" alt=\"ảnh\"><table><tbody><tr><td>ô</td></tr></tbody></table>",
            stored!.As<HtmlBodyPart>()!.Html);
    }

    [Theory]
    [InlineData("/_content/Usta.Contents/lib/jodit/jodit.min.js")]
    [InlineData("/_content/Usta.Contents/lib/jodit/jodit.min.css")]
    [InlineData("/_content/Usta.Contents/editor/html-editor.js")]
    public async Task EditorFiles_CopiedFromNpmByTheBuild_AreServed(string url)
    {
        var response = await site.Factory.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
