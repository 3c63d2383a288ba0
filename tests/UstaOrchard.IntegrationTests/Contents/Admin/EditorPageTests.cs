using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Usta.Contents;
using UstaOrchard.Core.Contents;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Contents.Admin;

public sealed class EditorPageTests(EditorSiteFixture site) : IClassFixture<EditorSiteFixture>
{
    private UstaAppFactory Factory => site.Factory;

    [Fact]
    public async Task EditorCreatesAndPublishesAPage_ItIsOnThePublicSite()
    {
        var editor = await Factory.SignedInAsync("Editor");
        var title = "Trang thử " + Guid.NewGuid().ToString("N")[..6];

        var form = await editor.GetDocumentAsync("/Admin/Contents/Create/Page");
        var response = await editor.SubmitAsync(form, "content-editor", new Dictionary<string, string> { ["TitlePart.Title"] = title },
            "/Admin/Contents/Create/Page", button: "publish");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = response.Headers.Location!.OriginalString.Split('/').Last();
        var item = await Factory.InScopeAsync(sp => sp.GetRequiredService<ContentManager>().GetAsync(id, VersionOptions.Published));
        Assert.NotNull(item);
        Assert.Equal(title, item.DisplayText);
        Assert.StartsWith("editor-", item.Owner);
        Assert.Equal(item.Owner, item.ModifiedBy);
    }

    [Fact]
    public async Task EmptyTitle_FormComesBackWithTheErrorBesideTheField()
    {
        var editor = await Factory.SignedInAsync("Editor");
        var form = await editor.GetDocumentAsync("/Admin/Contents/Create/Page");

        var response = await editor.SubmitAsync(form, "content-editor", new Dictionary<string, string> { ["TitlePart.Title"] = "  " },
            "/Admin/Contents/Create/Page", button: "save-draft");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        Assert.Equal("Hãy nhập tiêu đề.", page.Text("#TitlePart-errors li"));
        Assert.Equal("true", page.GetElementById("TitlePart_Title")!.GetAttribute("aria-invalid"));
    }

    [Fact]
    public async Task Author_SavesADraft_ButCannotPublishByCraftingThePost()
    {
        var author = await Factory.SignedInAsync("Author");
        var form = await author.GetDocumentAsync("/Admin/Contents/Create/Page");
        Assert.Null(form.QuerySelector("[data-test=publish]"));
        var fields = new Dictionary<string, string> { ["TitlePart.Title"] = "Bài của tác giả " + Guid.NewGuid().ToString("N")[..6] };

        var publish = await author.PostAsync("/Admin/Contents/Create/Page?handler=Publish",
            new FormUrlEncodedContent(Browser.FormValues(form, "content-editor", fields)));
        Assert.Equal(HttpStatusCode.Forbidden, publish.StatusCode);

        var save = await author.SubmitAsync(form, "content-editor", fields, "/Admin/Contents/Create/Page", button: "save-draft");
        Assert.Equal(HttpStatusCode.Redirect, save.StatusCode);
        var edit = save.Headers.Location!.OriginalString;
        var editForm = await author.GetDocumentAsync(edit);
        var again = await author.PostAsync(edit + "?handler=Publish", new FormUrlEncodedContent(Browser.FormValues(editForm, "content-editor", fields)));
        Assert.Equal(HttpStatusCode.Forbidden, again.StatusCode);

        // Someone else's item is not the author's to edit.
        var other = await Factory.SignedInAsync("Author");
        var refused = await other.GetAsync(edit);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task SecondEditorToSave_GetsTheConflict_AndKeepsTheirText()
    {
        var first = await Factory.SignedInAsync("Editor");
        var second = await Factory.SignedInAsync("Editor");
        var created = await first.SubmitAsync(await first.GetDocumentAsync("/Admin/Contents/Create/Page"), "content-editor",
            new Dictionary<string, string> { ["TitlePart.Title"] = "Bản gốc" }, "/Admin/Contents/Create/Page", button: "save-draft");
        var edit = created.Headers.Location!.OriginalString;

        var firstForm = await first.GetDocumentAsync(edit);
        var secondForm = await second.GetDocumentAsync(edit);
        var saved = await first.SubmitAsync(firstForm, "content-editor", new Dictionary<string, string> { ["TitlePart.Title"] = "Bản của người thứ nhất" }, edit, "save-draft");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var refused = await second.SubmitAsync(secondForm, "content-editor", new Dictionary<string, string> { ["TitlePart.Title"] = "Bản của người thứ hai" }, edit, "save-draft");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.ReadDocumentAsync();
        Assert.NotNull(page.QuerySelector("[data-test=newer-version]"));
        Assert.Equal("Bản của người thứ hai", page.GetElementById("TitlePart_Title")!.GetAttribute("value"));
        var id = edit.Split('/').Last();
        var stored = await Factory.InScopeAsync(sp => sp.GetRequiredService<ContentManager>().GetAsync(id, VersionOptions.Latest));
        Assert.Equal("Bản của người thứ nhất", stored!.DisplayText);
    }
}
